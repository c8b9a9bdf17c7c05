# a heartbeat task ticks while a long job runs; it is cancelled when the job ends
import asyncio


async def heartbeat():
    loop = asyncio.get_running_loop()
    try:
        while True:
            await asyncio.sleep(0.5)
            print(f"{loop.time():.1f} heartbeat")
    except asyncio.CancelledError:
        print(f"{loop.time():.1f} heartbeat stopped")
        raise


async def long_job():
    for stage in ("download", "process", "upload"):
        await asyncio.sleep(0.7)
        print(f"{asyncio.get_running_loop().time():.1f} {stage} done")


async def main():
    hb = asyncio.create_task(heartbeat())
    await long_job()
    hb.cancel()
    await asyncio.gather(hb, return_exceptions=True)


asyncio.run(main())
# expect: 0.5 heartbeat
# expect: 0.7 download done
# expect: 1.0 heartbeat
# expect: 1.4 process done
# expect: 1.5 heartbeat
# expect: 2.0 heartbeat
# expect: 2.1 upload done
# expect: 2.1 heartbeat stopped
