# looplab's asyncio: a faithful model of CPython 3.11's scheduling (base_events, futures, tasks,
# locks, queues, runners) on a virtual clock. It runs inside looplab's interpreter as library
# code, invisible in traces; `_looplab` is the interpreter's native side (clock, trace hooks).
#
# Every rule here is written to reproduce ../shared/asyncio-semantics.md: which handle runs in
# which loop iteration, how many iterations an await costs, when tasks are named and numbered.

import _looplab

_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'

CancelledError = _looplab.CancelledError
InvalidStateError = _looplab.InvalidStateError
TimeoutError = _looplab.TimeoutError
QueueEmpty = _looplab.QueueEmpty
QueueFull = _looplab.QueueFull
LimitOverrunError = _looplab.LimitOverrunError

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

_running_loop = None
_current_tasks = {}
# True while asyncio.run creates its shutdown tasks: they use up Task-N numbers, but they are
# asyncio's own business, so the trace does not announce them.
_runner_shutting_down = False
_task_counter = 0


def _next_task_number():
    global _task_counter
    _task_counter += 1
    return _task_counter


def _get_running_loop():
    return _running_loop


def get_running_loop():
    if _running_loop is None:
        raise RuntimeError('no running event loop')
    return _running_loop


# The main thread's "current" loop of CPython's default policy: set_event_loop() installs it, and
# get_event_loop() outside a running loop creates one the first time (old-style programs do
# `loop = asyncio.get_event_loop(); loop.run_until_complete(main())`). asyncio.run sets it and
# resets it to None, after which get_event_loop() refuses.
_current_loop = None
_set_loop_called = False


def get_event_loop():
    if _running_loop is not None:
        return _running_loop
    if _current_loop is None and not _set_loop_called:
        set_event_loop(new_event_loop())
    if _current_loop is None:
        raise RuntimeError("There is no current event loop in thread 'MainThread'.")
    return _current_loop


def set_event_loop(loop):
    global _current_loop, _set_loop_called
    _set_loop_called = True
    if loop is not None and not isinstance(loop, _Loop):
        raise TypeError("loop must be an instance of AbstractEventLoop or None, not '" + type(loop).__name__ + "'")
    _current_loop = loop


# ----- handles ----------------------------------------------------------------------------------

class Handle:
    def __init__(self, callback, args, loop):
        self._callback = callback
        self._args = args
        self._loop = loop
        self._cancelled = False

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            self._callback = None
            self._args = None

    def cancelled(self):
        return self._cancelled

    def get_loop(self):
        return self._loop

    def _run(self):
        try:
            self._callback(*self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop.call_exception_handler({
                'message': 'Exception in callback ' + _format_callback_source(self._callback, self._args),
                'exception': exc,
                'handle': self,
            })

    def _repr_info(self):
        info = [type(self).__name__]
        if self._cancelled:
            info.append('cancelled')
        if self._callback is not None:
            info.append(_format_callback_source(self._callback, self._args))
        return info

    def __repr__(self):
        return '<' + ' '.join(self._repr_info()) + '>'


class TimerHandle(Handle):
    def __init__(self, when, seq, callback, args, loop):
        Handle.__init__(self, callback, args, loop)
        self._when = when
        self._seq = seq
        self._scheduled = False

    def when(self):
        return self._when

    def cancel(self):
        if not self._cancelled:
            self._loop._timer_handle_cancelled(self)
        Handle.cancel(self)

    def _repr_info(self):
        info = Handle._repr_info(self)
        info.insert(2 if self._cancelled else 1, 'when=' + repr(self._when))
        return info


# How CPython's asyncio names callbacks in reprs and error messages (format_helpers.py): the
# qualified name, the arguments shortened by reprlib, and where a plain function is defined.
# A task's wake-up is the C Task's method, whose name differs from the one here.
_CALLBACK_NAMES = {'Task._wakeup': 'Task.task_wakeup'}


def _format_callback_source(func, args):
    text = _format_callback(func, args)
    source = _looplab.function_source(func)
    if source is not None:
        text += ' at ' + source[0] + ':' + str(source[1])
    return text


def _format_callback(func, args):
    name = getattr(func, '__qualname__', None) or getattr(func, '__name__', None) or repr(func)
    name = _CALLBACK_NAMES.get(name, name)
    return name + '(' + ', '.join([_short_repr(a) for a in (args or ())]) + ')'


def _format_callbacks(callbacks):
    count = len(callbacks)
    if count == 1:
        text = _format_callback_source(callbacks[0], ())
    elif count == 2:
        text = _format_callback_source(callbacks[0], ()) + ', ' + _format_callback_source(callbacks[1], ())
    else:
        text = (_format_callback_source(callbacks[0], ()) + ', <' + str(count - 2) + ' more>, ' +
                _format_callback_source(callbacks[-1], ()))
    return 'cb=[' + text + ']'


# reprlib.repr with its default limits, which Future reprs use for results and callback arguments.
_REPR_LIMITS = {'tuple': 6, 'list': 6, 'set': 6, 'frozenset': 6, 'dict': 4}


def _short_repr(x, level=6):
    kind = type(x).__name__
    if kind == 'str':
        text = repr(x[:30])
        if len(text) > 30:
            i = max(0, (30 - 3) // 2)
            j = max(0, 30 - 3 - i)
            text = repr(x[:i] + x[len(x) - j:])
            text = text[:i] + '...' + text[len(text) - j:]
        return text
    if kind == 'int':
        return _shorten(repr(x), 40)
    if kind in ('tuple', 'list'):
        return _short_iterable(x, level, '(' if kind == 'tuple' else '[', ')' if kind == 'tuple' else ']',
                               _REPR_LIMITS[kind], ',' if kind == 'tuple' else '')
    if kind == 'set':
        if not x:
            return 'set()'
        return _short_iterable(_possibly_sorted(x), level, '{', '}', 6, '')
    if kind == 'frozenset':
        if not x:
            return 'frozenset()'
        return _short_iterable(_possibly_sorted(x), level, 'frozenset({', '})', 6, '')
    if kind == 'dict':
        if not x:
            return '{}'
        if level <= 0:
            return '{...}'
        pieces = []
        for key in _possibly_sorted(x)[:4]:
            pieces.append(_short_repr(key, level - 1) + ': ' + _short_repr(x[key], level - 1))
        if len(x) > 4:
            pieces.append('...')
        return '{' + ', '.join(pieces) + '}'
    return _shorten(repr(x), 30)


def _short_iterable(items, level, left, right, limit, trail):
    count = len(items)
    if level <= 0 and count:
        inner = '...'
    else:
        pieces = [_short_repr(item, level - 1) for item in list(items)[:limit]]
        if count > limit:
            pieces.append('...')
        inner = ', '.join(pieces)
        if count == 1 and trail:
            right = trail + right
    return left + inner + right


def _possibly_sorted(items):
    try:
        return sorted(items)
    except Exception:
        return list(items)


def _shorten(text, limit):
    if len(text) <= limit:
        return text
    i = max(0, (limit - 3) // 2)
    j = max(0, limit - 3 - i)
    return text[:i] + '...' + text[len(text) - j:]


# ----- the event loop ---------------------------------------------------------------------------

class _Loop:
    def __init__(self):
        self._ready = []
        self._ready_head = 0
        self._scheduled = []   # TimerHandles sorted by (when, seq): equal deadlines fire in creation order
        self._timer_seq = 0
        self._stopping = False
        self._closed = False
        self._running = False
        self._timer_cancelled_count = 0
        self._exception_handler = None
        self._task_factory = None
        # Its tasks: _looplab.live_tasks(), CPython's weak set in creation order (spec, 10.4).
        self._asyncgens = []

    # -- time
    def time(self):
        return _looplab.now()

    # -- scheduling
    def call_soon(self, callback, *args, context=None):
        self._check_closed()
        handle = Handle(callback, args, self)
        self._ready.append(handle)
        return handle

    def call_later(self, delay, callback, *args, context=None):
        if delay is None:
            raise TypeError('delay must not be None')
        return self.call_at(self.time() + delay, callback, *args)

    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError('when cannot be None')
        self._check_closed()
        self._timer_seq += 1
        timer = TimerHandle(when, self._timer_seq, callback, args, self)
        self._insert_timer(timer)
        timer._scheduled = True
        return timer

    def _insert_timer(self, timer):
        timers = self._scheduled
        lo = 0
        hi = len(timers)
        key_when = timer._when
        key_seq = timer._seq
        while lo < hi:
            mid = (lo + hi) // 2
            other = timers[mid]
            if other._when < key_when or (other._when == key_when and other._seq < key_seq):
                lo = mid + 1
            else:
                hi = mid
        timers.insert(lo, timer)

    def _timer_handle_cancelled(self, handle):
        if handle._scheduled:
            self._timer_cancelled_count += 1

    def call_soon_threadsafe(self, callback, *args, context=None):
        return self.call_soon(callback, *args)

    def create_future(self):
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        # The trace announces the tasks made here, where every asyncio API makes its tasks, once
        # they exist (after a task factory ran); asyncio.Task(coro) called directly goes unannounced.
        self._check_closed()
        if self._task_factory is None:
            task = Task(coro, loop=self, name=name)
        else:
            if context is None:
                task = self._task_factory(self, coro)
            else:
                task = self._task_factory(self, coro, context=context)
            if name is not None:
                task.set_name(name)
        if not _runner_shutting_down:
            _looplab.trace_spawn(task, coro)
        return task

    def set_task_factory(self, factory):
        if factory is not None and not callable(factory):
            raise TypeError('task factory must be a callable or None')
        self._task_factory = factory

    def get_task_factory(self):
        return self._task_factory

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    # -- running
    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def stop(self):
        self._stopping = True

    def close(self):
        if self._running:
            raise RuntimeError('Cannot close a running event loop')
        if self._closed:
            return
        self._closed = True
        self._ready = []
        self._ready_head = 0
        self._scheduled = []

    def _check_running(self):
        if self._running:
            raise RuntimeError('This event loop is already running')
        if _running_loop is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')

    def run_forever(self):
        global _running_loop
        self._check_closed()
        self._check_running()
        self._running = True
        _running_loop = self
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._running = False
            _running_loop = None

    def run_until_complete(self, future):
        # Checked before ensure_future, as in CPython: a refused coroutine gets no task.
        self._check_closed()
        self._check_running()
        new_task = not isfuture(future)
        future = ensure_future(future, loop=self)
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except BaseException:
            if new_task and future.done() and not future.cancelled():
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def _run_once(self):
        """One iteration: CPython's BaseEventLoop._run_once on a virtual clock."""
        timers = self._scheduled
        # (a) drop cancelled timers from the front
        while timers and timers[0]._cancelled:
            self._timer_cancelled_count -= 1
            timers.pop(0)._scheduled = False
        ready_count = len(self._ready) - self._ready_head
        # (b, c) nothing ready: the virtual clock jumps to the next deadline (never backwards)
        if ready_count == 0 and not self._stopping:
            if timers:
                _looplab.advance_to(timers[0]._when)
            else:
                _looplab.deadlock()
        # (d) due timers go to the tail of the ready queue
        end_time = self.time() + 1e-09
        while timers:
            handle = timers[0]
            if handle._when >= end_time:
                break
            timers.pop(0)
            handle._scheduled = False
            if not handle._cancelled:
                self._ready.append(handle)
            else:
                self._timer_cancelled_count -= 1
        # (e) run exactly the handles that were ready when this iteration started
        ntodo = len(self._ready) - self._ready_head
        for i in range(ntodo):
            handle = self._ready[self._ready_head]
            self._ready[self._ready_head] = None
            self._ready_head += 1
            if not handle._cancelled:
                handle._run()
        if self._ready_head > 64 and self._ready_head * 2 > len(self._ready):
            del self._ready[:self._ready_head]
            self._ready_head = 0

    # -- errors
    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError('A callable object or None is expected, got ' + repr(handler))
        self._exception_handler = handler

    def get_exception_handler(self):
        return self._exception_handler

    def default_exception_handler(self, context):
        # What CPython logs: the message, then every other key but the exception in sorted order,
        # then the exception's traceback.
        message = context.get('message') or 'Unhandled exception in event loop'
        lines = [message]
        for key in sorted(context):
            if key not in ('message', 'exception'):
                lines.append(key + ': ' + repr(context[key]))
        text = '\n'.join(lines)
        exc = context.get('exception')
        if exc is not None:
            _looplab.write_exception(text, exc)
        else:
            _looplab.write_stderr(text + '\n')

    def call_exception_handler(self, context):
        if self._exception_handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                _looplab.write_exception('Exception in default exception handler', exc)
            return
        try:
            self._exception_handler(self, context)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            # The program's own handler failed: report that with the default handler.
            try:
                self.default_exception_handler({
                    'message': 'Unhandled error in exception handler',
                    'exception': exc,
                    'context': context,
                })
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                _looplab.write_exception('Exception in default exception handler while handling an '
                                         'unexpected error in custom exception handler', exc)

    def get_debug(self):
        return False

    def set_debug(self, enabled):
        pass

    async def shutdown_asyncgens(self):
        pass

    async def shutdown_default_executor(self):
        pass

    def __repr__(self):
        return '<_UnixSelectorEventLoop running=' + repr(self._running) + ' closed=' + repr(self._closed) + ' debug=False>'


def _run_until_complete_cb(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            return
    fut.get_loop().stop()


def new_event_loop():
    return _Loop()


# ----- futures ----------------------------------------------------------------------------------

def isfuture(obj):
    return isinstance(obj, Future)


class Future:
    _asyncio_future_blocking = False

    def __init__(self, *, loop=None):
        if loop is None:
            loop = get_event_loop()
        self._loop = loop
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._callbacks = []
        self._cancel_message = None
        self._cancelled_exc = None
        self._log_traceback = False

    def get_loop(self):
        return self._loop

    def _make_cancelled_error(self):
        if self._cancelled_exc is not None:
            exc = self._cancelled_exc
            self._cancelled_exc = None
            return exc
        if self._cancel_message is None:
            return CancelledError()
        return CancelledError(self._cancel_message)

    def cancel(self, msg=None):
        self._log_traceback = False
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def _schedule_callbacks(self):
        callbacks = self._callbacks
        self._callbacks = []
        for callback in callbacks:
            self._loop.call_soon(callback, self)

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        return self._state != _PENDING

    def result(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError('Result is not set.')
        self._log_traceback = False
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError('Exception is not set.')
        self._log_traceback = False
        return self._exception

    def add_done_callback(self, fn, *, context=None):
        if self._state != _PENDING:
            self._loop.call_soon(fn, self)
        else:
            self._callbacks.append(fn)

    def remove_done_callback(self, fn):
        kept = [f for f in self._callbacks if f != fn]
        removed = len(self._callbacks) - len(kept)
        if removed:
            self._callbacks = kept
        return removed

    def set_result(self, result):
        if self._state != _PENDING:
            raise InvalidStateError('invalid state')  # the C Future's wording
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise InvalidStateError('invalid state')  # the C Future's wording
        if isinstance(exception, type):
            exception = exception()
        if type(exception) is StopIteration:
            raise TypeError('StopIteration interacts badly with generators and cannot be raised into a Future')
        self._exception = exception
        self._state = _FINISHED
        self._schedule_callbacks()
        self._log_traceback = True

    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__

    def __repr__(self):
        return '<' + type(self).__name__ + ' ' + ' '.join(self._repr_info()) + '>'

    def _repr_info(self):
        info = [self._state.lower()]
        if self._state == _FINISHED:
            if self._exception is not None:
                info.append('exception=' + repr(self._exception))
            else:
                info.append('result=' + _short_repr(self._result))
        if self._callbacks:
            info.append(_format_callbacks(self._callbacks))
        return info


def _set_result_unless_cancelled(fut, result):
    if fut.cancelled():
        return
    fut.set_result(result)


def _copy_future_state(source, dest):
    if dest.cancelled():
        return
    if source.cancelled():
        dest.cancel()
    else:
        exception = source.exception()
        if exception is not None:
            dest.set_exception(exception)
        else:
            dest.set_result(source.result())


# ----- tasks ------------------------------------------------------------------------------------

def iscoroutine(obj):
    return _looplab.iscoroutine(obj)


def iscoroutinefunction(func):
    return _looplab.iscoroutinefunction(func)


class Task(Future):
    def __init__(self, coro, *, loop=None, name=None, context=None):
        Future.__init__(self, loop=loop)
        if not iscoroutine(coro):
            self._log_destroy_pending = False
            raise TypeError('a coroutine was expected, got ' + repr(coro))
        if name is None:
            self._name = 'Task-' + str(_next_task_number())
        else:
            self._name = str(name)
        self._num_cancels_requested = 0
        self._must_cancel = False
        self._fut_waiter = None
        self._coro = coro
        self._loop.call_soon(self._step)
        _looplab.register_task(self)

    def get_coro(self):
        return self._coro

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def get_stack(self, *, limit=None):
        return []

    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    def cancel(self, msg=None):
        self._log_traceback = False
        if self.done():
            return False
        self._num_cancels_requested += 1
        if self._fut_waiter is not None:
            if self._fut_waiter.cancel(msg=msg):
                return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def cancelling(self):
        return self._num_cancels_requested

    def uncancel(self):
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def _step(self, exc=None):
        if self.done():
            raise InvalidStateError('_step(): already done: ' + repr(self) + ', ' + repr(exc))
        if self._must_cancel:
            if not isinstance(exc, CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        coro = self._coro
        self._fut_waiter = None
        _current_tasks[self._loop] = self
        _looplab.enter_task(self)
        try:
            if exc is None:
                result = _looplab.coro_send(coro)
            else:
                result = _looplab.coro_throw(coro, exc)
        except StopIteration as stop:
            if self._must_cancel:
                self._must_cancel = False
                Future.cancel(self, msg=self._cancel_message)
            else:
                Future.set_result(self, stop.value)
        except CancelledError as cancelled:
            self._cancelled_exc = cancelled
            Future.cancel(self)
        except (KeyboardInterrupt, SystemExit) as fatal:
            Future.set_exception(self, fatal)
            raise
        except BaseException as error:
            Future.set_exception(self, error)
        else:
            blocking = getattr(result, '_asyncio_future_blocking', None)
            if blocking is not None:
                if result._loop is not self._loop:
                    new_exc = RuntimeError('Task ' + repr(self) + ' got Future ' + repr(result) + ' attached to a different loop')
                    self._loop.call_soon(self._step, new_exc)
                elif blocking:
                    if result is self:
                        new_exc = RuntimeError('Task cannot await on itself: ' + repr(self))
                        self._loop.call_soon(self._step, new_exc)
                    else:
                        result._asyncio_future_blocking = False
                        result.add_done_callback(self._wakeup)
                        self._fut_waiter = result
                        if self._must_cancel:
                            if self._fut_waiter.cancel(msg=self._cancel_message):
                                self._must_cancel = False
                else:
                    new_exc = RuntimeError('yield was used instead of yield from in task ' + repr(self) + ' with ' + repr(result))
                    self._loop.call_soon(self._step, new_exc)
            elif result is None:
                self._loop.call_soon(self._step)
            else:
                new_exc = RuntimeError('Task got bad yield: ' + repr(result))
                self._loop.call_soon(self._step, new_exc)
        finally:
            _current_tasks.pop(self._loop, None)
            _looplab.leave_task(self)

    def _wakeup(self, future):
        try:
            future.result()
        except BaseException as exc:
            self._step(exc)
        else:
            self._step()

    def _repr_info(self):
        # base_tasks._task_repr_info: the Future's info with the name, the coroutine and what the
        # task waits for inserted after the state.
        info = Future._repr_info(self)
        if self.cancelling() and not self.done():
            info[0] = 'cancelling'
        info.insert(1, 'name=' + repr(self._name))
        info.insert(2, 'coro=' + _looplab.coro_repr(self._coro, self.done()))
        if self._fut_waiter is not None:
            info.insert(3, 'wait_for=' + repr(self._fut_waiter))
        return info


def current_task(loop=None):
    if loop is None:
        loop = get_running_loop()
    return _current_tasks.get(loop)


def all_tasks(loop=None):
    if loop is None:
        loop = get_running_loop()
    return _TaskSet([t for t in _looplab.live_tasks() if t._loop is loop and not t.done()])


class _TaskSet:
    """The set that all_tasks() returns; iterates in creation order (the spec's choice for sets)."""

    def __init__(self, tasks):
        self._tasks = tasks

    def __iter__(self):
        return iter(self._tasks)

    def __len__(self):
        return len(self._tasks)

    def __contains__(self, task):
        return task in self._tasks

    def __bool__(self):
        return len(self._tasks) > 0

    def __repr__(self):
        return '{' + ', '.join([repr(t) for t in self._tasks]) + '}'


def create_task(coro, *, name=None, context=None):
    loop = get_running_loop()
    task = loop.create_task(coro)
    if name is not None:
        task.set_name(name)
    return task


def ensure_future(coro_or_future, *, loop=None):
    if isfuture(coro_or_future):
        return coro_or_future
    if loop is None:
        loop = get_event_loop()
    if iscoroutine(coro_or_future):
        return loop.create_task(coro_or_future)
    if hasattr(coro_or_future, '__await__'):
        return loop.create_task(_wrap_awaitable(coro_or_future))
    raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')


async def _wrap_awaitable(awaitable):
    return await awaitable


class _Sleep0:
    def __await__(self):
        yield


async def sleep(delay, result=None):
    if delay <= 0:
        await _Sleep0()
        return result
    loop = get_running_loop()
    future = loop.create_future()
    h = loop.call_later(delay, _set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        h.cancel()


# ----- gather -----------------------------------------------------------------------------------

class _GatheringFuture(Future):
    def __init__(self, children, *, loop):
        Future.__init__(self, loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        ret = False
        for child in self._children:
            if child.cancel(msg=msg):
                ret = True
        if ret:
            self._cancel_requested = True
        return ret


def gather(*coros_or_futures, return_exceptions=False):
    if not coros_or_futures:
        loop = get_event_loop()
        outer = loop.create_future()
        outer.set_result([])
        return outer

    state = {'finished': 0, 'count': 0}
    children = []
    arg_to_fut = {}
    loop = None
    outer = None

    def _done_callback(fut):
        state['finished'] += 1
        if outer is None or outer.done():
            if not fut.cancelled():
                fut.exception()
            return
        if not return_exceptions:
            if fut.cancelled():
                exc = fut._make_cancelled_error()
                outer.set_exception(exc)
                return
            else:
                exc = fut.exception()
                if exc is not None:
                    outer.set_exception(exc)
                    return
        if state['finished'] == state['count']:
            results = []
            for child in children:
                if child.cancelled():
                    # A fresh error carrying the future's own cancel message, '' when it has none
                    # (a task cancelled at an await keeps no message of its own).
                    res = CancelledError('' if child._cancel_message is None else child._cancel_message)
                else:
                    res = child.exception()
                    if res is None:
                        res = child.result()
                results.append(res)
            if outer._cancel_requested:
                exc = fut._make_cancelled_error()
                outer.set_exception(exc)
            else:
                outer.set_result(results)

    # Each new child gets its done callback as soon as it exists, as in CPython: for a child that
    # is already done, that schedules the callback before the next child's task is created.
    for arg in coros_or_futures:
        key = _identity_key(arg)
        if key not in arg_to_fut:
            fut = ensure_future(arg, loop=loop)
            if loop is None:
                loop = fut.get_loop()
            if fut is not arg:
                fut._log_destroy_pending = False
            state['count'] += 1
            arg_to_fut[key] = fut
            fut.add_done_callback(_done_callback)
        else:
            fut = arg_to_fut[key]
        children.append(fut)
    outer = _GatheringFuture(children, loop=loop)
    return outer


def _identity_key(obj):
    return _looplab.identity(obj)


def _contains_identical(items, obj):
    for item in items:
        if item is obj:
            return True
    return False


# ----- shield, wait_for, wait ---------------------------------------------------------------------

def shield(arg):
    inner = ensure_future(arg)
    if inner.done():
        return inner
    loop = inner.get_loop()
    outer = loop.create_future()

    def _inner_done_callback(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()  # the outcome counts as retrieved: nobody is left to see it
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def _outer_done_callback(outer):
        if not inner.done():
            inner.remove_done_callback(_inner_done_callback)

    inner.add_done_callback(_inner_done_callback)
    outer.add_done_callback(_outer_done_callback)
    return outer


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def wait_for(fut, timeout):
    loop = get_running_loop()
    if timeout is None:
        return await fut
    if timeout <= 0:
        fut = ensure_future(fut, loop=loop)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut, loop=loop)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    waiter = loop.create_future()
    timeout_handle = loop.call_later(timeout, _release_waiter, waiter)

    def cb(f):
        _release_waiter(waiter)

    fut = ensure_future(fut, loop=loop)
    fut.add_done_callback(cb)
    try:
        try:
            await waiter
        except CancelledError:
            if fut.done():
                return fut.result()
            else:
                fut.remove_done_callback(cb)
                await _cancel_and_wait(fut, loop=loop)
                raise
        if fut.done():
            return fut.result()
        else:
            fut.remove_done_callback(cb)
            await _cancel_and_wait(fut, loop=loop)
            try:
                return fut.result()
            except CancelledError as exc:
                raise TimeoutError() from exc
    finally:
        timeout_handle.cancel()


async def _cancel_and_wait(fut, loop):
    waiter = loop.create_future()

    def cb(f):
        _release_waiter(waiter)

    fut.add_done_callback(cb)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(cb)


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError('expect a list of futures, not ' + type(fs).__name__)
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError('Invalid return_when value: ' + str(return_when))
    loop = get_running_loop()
    fs = list(fs)
    for f in fs:
        if iscoroutine(f):
            raise TypeError('Passing coroutines is forbidden, use tasks explicitly.')
    unique = []
    for f in fs:
        f = ensure_future(f, loop=loop)
        if not _contains_identical(unique, f):
            unique.append(f)
    return await _wait(unique, timeout, return_when, loop)


async def _wait(fs, timeout, return_when, loop):
    waiter = loop.create_future()
    timeout_handle = None
    if timeout is not None:
        timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    counter = {'n': len(fs)}

    def _on_completion(f):
        counter['n'] -= 1
        if (counter['n'] <= 0 or return_when == FIRST_COMPLETED or
                return_when == FIRST_EXCEPTION and (not f.cancelled() and f.exception() is not None)):
            if timeout_handle is not None:
                timeout_handle.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(_on_completion)
    try:
        await waiter
    finally:
        if timeout_handle is not None:
            timeout_handle.cancel()
        for f in fs:
            f.remove_done_callback(_on_completion)
    done = set()
    pending = set()
    for f in fs:
        if f.done():
            done.add(f)
        else:
            pending.add(f)
    return done, pending


def as_completed(fs, *, timeout=None):
    # A generator, as in CPython: nothing happens until the first next(). CPython walks set(fs),
    # an address order; the futures here keep the order they were given in.
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError('expect an iterable of futures, not ' + type(fs).__name__)
    done = Queue()
    loop = get_event_loop()
    given = []
    for f in fs:
        if not _contains_identical(given, f):
            given.append(f)
    todo = [ensure_future(f, loop=loop) for f in given]
    timeout_handle = None

    def _on_timeout():
        for f in todo:
            f.remove_done_callback(_on_completion)
            done.put_nowait(None)  # one dummy per unfinished future: each waiter raises TimeoutError
        todo.clear()

    def _on_completion(f):
        if not todo:
            return  # the timeout came first
        todo.remove(f)
        done.put_nowait(f)
        if not todo and timeout_handle is not None:
            timeout_handle.cancel()

    async def _wait_for_one():
        f = await done.get()
        if f is None:
            raise TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(_on_completion)
    if todo and timeout is not None:
        timeout_handle = loop.call_later(timeout, _on_timeout)
    for _ in range(len(todo)):
        yield _wait_for_one()


# ----- timeout() (3.11) -------------------------------------------------------------------------

# How CPython's timeouts._State names each state in messages and reprs.
_TIMEOUT_STATE_NAMES = {'CREATED': 'created', 'ENTERED': 'active', 'EXPIRING': 'expiring',
                        'EXPIRED': 'expired', 'EXITED': 'finished'}


class Timeout:
    def __init__(self, when):
        self._when = when
        self._state = 'CREATED'
        self._timeout_handler = None
        self._task = None
        self._cancelling = 0

    def when(self):
        return self._when

    def reschedule(self, when):
        if self._state != 'ENTERED':
            if self._state == 'CREATED':
                raise RuntimeError('Timeout has not been entered')
            raise RuntimeError('Cannot change state of ' + _TIMEOUT_STATE_NAMES[self._state] + ' Timeout')
        self._when = when
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
        if when is None:
            self._timeout_handler = None
        else:
            loop = get_running_loop()
            if when <= loop.time():
                self._timeout_handler = loop.call_soon(self._on_timeout)
            else:
                self._timeout_handler = loop.call_at(when, self._on_timeout)

    def expired(self):
        return self._state in ('EXPIRING', 'EXPIRED')

    def __repr__(self):
        info = ''
        if self._state == 'ENTERED':
            info = ' when=' + repr(round(self._when, 3) if self._when is not None else None)
        return '<Timeout [' + _TIMEOUT_STATE_NAMES[self._state] + ']' + info + '>'

    async def __aenter__(self):
        if self._state != 'CREATED':
            raise RuntimeError('Timeout has already been entered')
        task = current_task()
        if task is None:
            raise RuntimeError('Timeout should be used inside a task')
        self._state = 'ENTERED'
        self._task = task
        self._cancelling = task.cancelling()
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
            self._timeout_handler = None
        if self._state == 'EXPIRING':
            self._state = 'EXPIRED'
            if self._task.uncancel() <= self._cancelling and exc_type is CancelledError:
                raise TimeoutError from exc_val
        elif self._state == 'ENTERED':
            self._state = 'EXITED'
        return None

    def _on_timeout(self):
        self._task.cancel()
        self._state = 'EXPIRING'
        self._timeout_handler = None


def timeout(delay):
    loop = get_running_loop()
    return Timeout(loop.time() + delay if delay is not None else None)


def timeout_at(when):
    return Timeout(when)


# ----- TaskGroup (3.11) -------------------------------------------------------------------------

class TaskGroup:
    def __init__(self):
        self._entered = False
        self._exiting = False
        self._aborting = False
        self._loop = None
        self._parent_task = None
        self._parent_cancel_requested = False
        self._tasks = []
        self._errors = []
        self._base_error = None
        self._on_completed_fut = None

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError('TaskGroup has already been entered')
        if self._loop is None:
            self._loop = get_running_loop()
        self._parent_task = current_task(self._loop)
        if self._parent_task is None:
            raise RuntimeError('TaskGroup cannot determine the parent task')
        self._entered = True
        return self

    async def __aexit__(self, et, exc, tb):
        self._exiting = True
        if (exc is not None and self._is_base_error(exc) and self._base_error is None):
            self._base_error = exc
        propagate_cancellation_error = exc if et is CancelledError else None
        # The cancel that _on_task_done sent the parent is the group's own: take it back, and
        # swallow the CancelledError it caused unless someone else cancelled the parent as well.
        if self._parent_cancel_requested:
            if self._parent_task.uncancel() == 0:
                propagate_cancellation_error = None
        if et is not None:
            if not self._aborting:
                self._abort()
        while self._tasks:
            if self._on_completed_fut is None:
                self._on_completed_fut = self._loop.create_future()
            try:
                await self._on_completed_fut
            except CancelledError as ex:
                if not self._aborting:
                    propagate_cancellation_error = ex
                    self._abort()
            self._on_completed_fut = None
        if self._base_error is not None:
            raise self._base_error
        if propagate_cancellation_error and not self._errors:
            raise propagate_cancellation_error
        if et is not None and et is not CancelledError:
            self._errors.append(exc)
        if self._errors:
            try:
                # BaseExceptionGroup(...) gives an ExceptionGroup when every error is an Exception.
                group_class = ExceptionGroup
                for error in self._errors:
                    if not isinstance(error, Exception):
                        group_class = BaseExceptionGroup
                me = group_class('unhandled errors in a TaskGroup', self._errors)
                raise me from None
            finally:
                self._errors = None

    def create_task(self, coro, *, name=None, context=None):
        if not self._entered:
            raise RuntimeError('TaskGroup ' + repr(self) + ' has not been entered')
        if self._exiting and not self._tasks:
            raise RuntimeError('TaskGroup ' + repr(self) + ' is finished')
        if self._aborting:
            raise RuntimeError('TaskGroup ' + repr(self) + ' is shutting down')
        task = self._loop.create_task(coro)
        if name is not None:
            task.set_name(name)
        task.add_done_callback(self._on_task_done)
        self._tasks.append(task)
        return task

    def _is_base_error(self, exc):
        return isinstance(exc, (SystemExit, KeyboardInterrupt))

    def _abort(self):
        self._aborting = True
        for t in self._tasks:
            if not t.done():
                t.cancel()

    def _on_task_done(self, task):
        self._tasks = [t for t in self._tasks if t is not task]
        if self._on_completed_fut is not None and not self._tasks:
            if not self._on_completed_fut.done():
                self._on_completed_fut.set_result(True)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return
        self._errors.append(exc)
        if self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc
        if self._parent_task.done():
            self._loop.call_exception_handler({
                'message': 'Task ' + repr(task) + ' has errored out but its parent task ' + repr(self._parent_task) + ' is already completed',
                'exception': exc,
                'task': task,
            })
            return
        if not self._aborting and not self._parent_cancel_requested:
            self._abort()
            self._parent_cancel_requested = True
            self._parent_task.cancel()

    def __repr__(self):
        info = ''
        if self._tasks:
            info += ' tasks=' + str(len(self._tasks))
        if self._errors:
            info += ' errors=' + str(len(self._errors))
        if self._aborting:
            info += ' cancelling'
        elif self._entered:
            info += ' entered'
        return '<TaskGroup' + info + '>'


# ----- synchronization primitives --------------------------------------------------------------

class Event:
    def __init__(self):
        self._waiters = []
        self._value = False

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        if self._value:
            return True
        fut = get_running_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
            return True
        finally:
            self._waiters.remove(fut)

    def __repr__(self):
        return '<asyncio.locks.Event object [' + ('set' if self._value else 'unset') + ']>'


class Lock:
    def __init__(self):
        self._waiters = None
        self._locked = False

    def locked(self):
        return self._locked

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()

    async def acquire(self):
        if (not self._locked and (self._waiters is None or all([w.cancelled() for w in self._waiters]))):
            self._locked = True
            return True
        if self._waiters is None:
            self._waiters = []
        fut = get_running_loop().create_future()
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            if not self._locked:
                self._wake_up_first()
            raise
        self._locked = True
        return True

    def release(self):
        if self._locked:
            self._locked = False
            self._wake_up_first()
        else:
            raise RuntimeError('Lock is not acquired.')

    def _wake_up_first(self):
        if not self._waiters:
            return
        fut = self._waiters[0]
        if not fut.done():
            fut.set_result(True)


class Condition:
    def __init__(self, lock=None):
        if lock is None:
            lock = Lock()
        self._lock = lock
        self.locked = lock.locked
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = []

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()

    async def wait(self):
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')
        self.release()
        try:
            fut = get_running_loop().create_future()
            self._waiters.append(fut)
            try:
                await fut
                return True
            finally:
                self._waiters.remove(fut)
        finally:
            cancelled = False
            while True:
                try:
                    await self.acquire()
                    break
                except CancelledError:
                    cancelled = True
            if cancelled:
                raise CancelledError

    async def wait_for(self, predicate):
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        idx = 0
        for fut in self._waiters:
            if idx >= n:
                break
            if not fut.done():
                idx += 1
                fut.set_result(False)

    def notify_all(self):
        self.notify(len(self._waiters))


class Semaphore:
    def __init__(self, value=1):
        if value < 0:
            raise ValueError('Semaphore initial value must be >= 0')
        self._waiters = None
        self._value = value

    def locked(self):
        return self._value == 0 or (any([not w.cancelled() for w in (self._waiters or [])]))

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()

    async def acquire(self):
        if not self.locked():
            self._value -= 1
            return True
        if self._waiters is None:
            self._waiters = []
        fut = get_running_loop().create_future()
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            if not fut.cancelled():
                self._value += 1
                self._wake_up_next()
            raise
        if self._value > 0:
            self._wake_up_next()
        return True

    def release(self):
        self._value += 1
        self._wake_up_next()

    def _wake_up_next(self):
        if not self._waiters:
            return False
        for fut in self._waiters:
            if not fut.done():
                self._value -= 1
                fut.set_result(True)
                return True
        return False


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        self._bound_value = value
        Semaphore.__init__(self, value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError('BoundedSemaphore released too many times')
        Semaphore.release(self)


class BrokenBarrierError(RuntimeError):
    __module__ = 'asyncio.exceptions'


class Barrier:
    """3.11's Barrier: parties tasks meet; built on a Condition exactly like CPython's, so the
    wake-up order and the iterations it costs are the same."""

    def __init__(self, parties):
        if parties < 1:
            raise ValueError('parties must be > 0')
        self._cond = Condition()
        self._parties = parties
        self._state = 'filling'
        self._count = 0

    async def __aenter__(self):
        return await self.wait()

    async def __aexit__(self, *args):
        pass

    async def wait(self):
        async with self._cond:
            await self._block()
            try:
                index = self._count
                self._count += 1
                if index + 1 == self._parties:
                    await self._release()
                else:
                    await self._wait()
                return index
            finally:
                self._count -= 1
                self._exit()

    async def _block(self):
        # Wait while the barrier drains or resets, then fail if it is broken.
        await self._cond.wait_for(lambda: self._state not in ('draining', 'resetting'))
        if self._state == 'broken':
            raise BrokenBarrierError('Barrier aborted')

    async def _release(self):
        self._state = 'draining'
        self._cond.notify_all()

    async def _wait(self):
        await self._cond.wait_for(lambda: self._state != 'filling')
        if self._state in ('broken', 'resetting'):
            raise BrokenBarrierError('Abort or reset of barrier')

    def _exit(self):
        # The last task out lets the tasks blocked on a draining barrier in.
        if self._count == 0:
            if self._state in ('resetting', 'draining'):
                self._state = 'filling'
            self._cond.notify_all()

    async def reset(self):
        async with self._cond:
            if self._count > 0:
                if self._state != 'resetting':
                    self._state = 'resetting'
            else:
                self._state = 'filling'
            self._cond.notify_all()

    async def abort(self):
        async with self._cond:
            self._state = 'broken'
            self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        if self._state == 'filling':
            return self._count
        return 0

    @property
    def broken(self):
        return self._state == 'broken'


# ----- queues -----------------------------------------------------------------------------------

class Queue:
    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters = []
        self._putters = []
        self._unfinished_tasks = 0
        self._finished = Event()
        self._finished.set()
        self._init(maxsize)

    def _init(self, maxsize):
        self._queue = []

    def _get(self):
        return self._queue.pop(0)

    def _put(self, item):
        self._queue.append(item)

    def __str__(self):
        return '<' + type(self).__name__ + ' ' + self._format() + '>'

    def _format(self):
        result = 'maxsize=' + repr(self._maxsize)
        if self._queue:
            result += ' _queue=' + repr(list(self._queue))
        if self._getters:
            result += ' _getters[' + str(len(self._getters)) + ']'
        if self._putters:
            result += ' _putters[' + str(len(self._putters)) + ']'
        if self._unfinished_tasks:
            result += ' tasks=' + str(self._unfinished_tasks)
        return result

    def _wakeup_next(self, waiters):
        while waiters:
            waiter = waiters.pop(0)
            if not waiter.done():
                waiter.set_result(None)
                break

    def qsize(self):
        return len(self._queue)

    @property
    def maxsize(self):
        return self._maxsize

    def empty(self):
        return not self._queue

    def full(self):
        if self._maxsize <= 0:
            return False
        return self.qsize() >= self._maxsize

    async def put(self, item):
        while self.full():
            putter = get_running_loop().create_future()
            self._putters.append(putter)
            try:
                await putter
            except:
                putter.cancel()
                if putter in self._putters:
                    self._putters.remove(putter)
                if not self.full() and not putter.cancelled():
                    self._wakeup_next(self._putters)
                raise
        return self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        self._wakeup_next(self._getters)

    async def get(self):
        while self.empty():
            getter = get_running_loop().create_future()
            self._getters.append(getter)
            try:
                await getter
            except:
                getter.cancel()
                if getter in self._getters:
                    self._getters.remove(getter)
                if not self.empty() and not getter.cancelled():
                    self._wakeup_next(self._getters)
                raise
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._get()
        self._wakeup_next(self._putters)
        return item

    def task_done(self):
        if self._unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()

    async def join(self):
        if self._unfinished_tasks > 0:
            await self._finished.wait()


class LifoQueue(Queue):
    def _get(self):
        return self._queue.pop()


class PriorityQueue(Queue):
    """Smallest entry first. The heap is CPython's heapq algorithm step for step, so entries that
    compare equal come out in the same order as there."""

    def _put(self, item):
        _heappush(self._queue, item)

    def _get(self):
        return _heappop(self._queue)


def _heappush(heap, item):
    heap.append(item)
    _sift_toward_root(heap, 0, len(heap) - 1)


def _heappop(heap):
    last = heap.pop()
    if not heap:
        return last
    smallest = heap[0]
    heap[0] = last
    _sift_toward_leaves(heap, 0)
    return smallest


def _sift_toward_root(heap, start, pos):
    item = heap[pos]
    while pos > start:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        if not item < parent:
            break
        heap[pos] = parent
        pos = parent_pos
    heap[pos] = item


def _sift_toward_leaves(heap, pos):
    # heapq's variant: move the smaller child up all the way down to a leaf (the right one on
    # ties), then let the displaced item climb back; this decides the order of equal entries.
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_toward_root(heap, start, pos)


# ----- asyncio.run and Runner (3.11) ---------------------------------------------------------------

class Runner:
    """CPython 3.11's runners.Runner. The loop is created on entry, so even a run() that rejects its
    argument closes a loop, and that close runs the two shutdown tasks that use up Task-N numbers."""

    def __init__(self, *, debug=None, loop_factory=None):
        self._state = 'created'
        self._debug = debug
        self._loop_factory = loop_factory
        self._loop = None
        self._set_event_loop = False

    def __enter__(self):
        self._lazy_init()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.close()

    def close(self):
        if self._state != 'initialized':
            return
        try:
            loop = self._loop
            _cancel_all_tasks(loop)
            loop.run_until_complete(_quiet_task(loop, loop.shutdown_asyncgens()))
            loop.run_until_complete(_quiet_task(loop, loop.shutdown_default_executor()))
        finally:
            if self._set_event_loop:
                set_event_loop(None)
            loop.close()
            self._loop = None
            self._state = 'closed'

    def get_loop(self):
        self._lazy_init()
        return self._loop

    def run(self, coro, *, context=None):
        if not iscoroutine(coro):
            raise ValueError('a coroutine was expected, got ' + repr(coro))
        if _running_loop is not None:
            raise RuntimeError('Runner.run() cannot be called from a running event loop')
        self._lazy_init()
        task = self._loop.create_task(coro)
        return self._loop.run_until_complete(task)

    def _lazy_init(self):
        if self._state == 'closed':
            raise RuntimeError('Runner is closed')
        if self._state == 'initialized':
            return
        if self._loop_factory is None:
            self._loop = new_event_loop()
            if not self._set_event_loop:
                set_event_loop(self._loop)
                self._set_event_loop = True
        else:
            self._loop = self._loop_factory()
        self._state = 'initialized'


def _quiet_task(loop, coro):
    global _runner_shutting_down
    _runner_shutting_down = True
    try:
        return loop.create_task(coro)
    finally:
        _runner_shutting_down = False


def run(main, *, debug=None):
    if _running_loop is not None:
        raise RuntimeError('asyncio.run() cannot be called from a running event loop')
    with Runner(debug=debug) as runner:
        return runner.run(main)


def _cancel_all_tasks(loop):
    to_cancel = [t for t in _looplab.live_tasks() if t._loop is loop and not t.done()]
    if not to_cancel:
        return
    for task in to_cancel:
        task.cancel()
    loop.run_until_complete(gather(*to_cancel, return_exceptions=True))
    for task in to_cancel:
        if task.cancelled():
            continue
        if task.exception() is not None:
            loop.call_exception_handler({
                'message': 'unhandled exception during asyncio.run() shutdown',
                'exception': task.exception(),
                'task': task,
            })


# ----- finalization -----------------------------------------------------------------------------
# CPython's Future and Task finalizers (FutureObj_finalize, TaskObj_finalize in _asyncio): a future
# freed with an exception nobody retrieved, or a task freed while still pending, is reported to its
# loop's exception handler. looplab calls __del__ when the last reference goes (core/lifetime.h).

def _future_del(self):
    if not self._log_traceback:
        return
    self._log_traceback = False
    self._loop.call_exception_handler({
        'message': type(self).__name__ + ' exception was never retrieved',
        'exception': self._exception,
        'future': self,
    })


def _task_del(self):
    if self._state == _PENDING and getattr(self, '_log_destroy_pending', True):
        self._loop.call_exception_handler({
            'task': self,
            'message': 'Task was destroyed but it is pending!',
        })
    _future_del(self)


Future.__del__ = _future_del
Task.__del__ = _task_del
