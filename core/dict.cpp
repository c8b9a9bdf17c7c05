// The insertion-ordered dict: entries in insertion order plus an open-addressing index,
// the layout CPython has used since 3.6.
#include "core/runtime.h"

namespace looplab {
namespace {

constexpr int32_t kEmpty = -1;
constexpr int32_t kDummy = -2;

bool keys_equal(VM& vm, const Value& a, const Value& b) {
  if (a.identical(b)) return true;
  if (a.is(K_Str) && b.is(K_Str)) return a.as<Str>()->s == b.as<Str>()->s;
  return equals(vm, a, b);
}

void rebuild(Dict* d, size_t min_used) {
  size_t size = 8;
  while (size * 2 <= min_used * 3) size <<= 1;
  std::vector<Dict::Entry> live;
  live.reserve(size_t(d->used));
  for (auto& e : d->entries)
    if (e.live) live.push_back(std::move(e));
  d->entries = std::move(live);
  d->index.assign(size, kEmpty);
  size_t mask = size - 1;
  for (size_t pos = 0; pos < d->entries.size(); ++pos) {
    uint64_t perturb = uint64_t(d->entries[pos].hash);
    size_t i = size_t(perturb) & mask;
    while (d->index[i] != kEmpty) {
      perturb >>= 5;
      i = (i * 5 + perturb + 1) & mask;
    }
    d->index[i] = int32_t(pos);
  }
}

// Finds the index slot of `key`, or -1. With `insert_at`, also reports where it would go.
template <class Eq>
int64_t find_slot(Dict* d, int64_t hash, Eq&& eq, size_t* insert_at) {
  if (d->index.empty()) {
    if (insert_at) *insert_at = SIZE_MAX;
    return -1;
  }
  size_t mask = d->index.size() - 1;
  uint64_t perturb = uint64_t(hash);
  size_t i = size_t(perturb) & mask;
  size_t first_free = SIZE_MAX;
  for (;;) {
    int32_t ix = d->index[i];
    if (ix == kEmpty) {
      if (insert_at) *insert_at = first_free != SIZE_MAX ? first_free : i;
      return -1;
    }
    if (ix == kDummy) {
      if (first_free == SIZE_MAX) first_free = i;
    } else {
      Dict::Entry& e = d->entries[size_t(ix)];
      if (e.hash == hash && eq(e.key)) return int64_t(i);
    }
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}

void insert_new(Dict* d, int64_t hash, Value key, Value value) {
  if (d->index.empty() || (d->entries.size() + 1) * 3 >= d->index.size() * 2) {
    rebuild(d, size_t(d->used) + 1);
  }
  size_t slot = SIZE_MAX;
  find_slot(d, hash, [](const Value&) { return false; }, &slot);
  d->index[slot] = int32_t(d->entries.size());
  d->entries.push_back({std::move(key), std::move(value), hash, true});
  ++d->used;
}

}  // namespace

bool dict_get(VM& vm, Dict* d, const Value& key, Value& out) {
  if (d->used == 0) {
    hash_value(vm, key);  // unhashable keys still raise
    return false;
  }
  int64_t h = hash_value(vm, key);
  int64_t slot = find_slot(d, h, [&](const Value& k) { return keys_equal(vm, k, key); }, nullptr);
  if (slot < 0) return false;
  out = d->entries[size_t(d->index[size_t(slot)])].value;
  return true;
}

void dict_set(VM& vm, Dict* d, const Value& key, Value value) {
  int64_t h = hash_value(vm, key);
  int64_t slot = find_slot(d, h, [&](const Value& k) { return keys_equal(vm, k, key); }, nullptr);
  if (slot >= 0) {
    d->entries[size_t(d->index[size_t(slot)])].value = std::move(value);
    return;
  }
  insert_new(d, h, key, std::move(value));
}

bool dict_del(VM& vm, Dict* d, const Value& key) {
  int64_t h = hash_value(vm, key);
  int64_t slot = find_slot(d, h, [&](const Value& k) { return keys_equal(vm, k, key); }, nullptr);
  if (slot < 0) return false;
  Dict::Entry& e = d->entries[size_t(d->index[size_t(slot)])];
  d->index[size_t(slot)] = kDummy;
  Value old_key = std::move(e.key), old_value = std::move(e.value);  // freed after the update
  e.key = Value();
  e.value = Value();
  e.live = false;
  --d->used;
  return true;
}

int64_t str_hash(Str* s) {
  if (s->hash == -1) {
    uint64_t h = 1469598103934665603ull;
    for (unsigned char c : s->s) {
      h ^= c;
      h *= 1099511628211ull;
    }
    int64_t r = int64_t(h >> 1);
    s->hash = r == -1 ? -2 : r;
  }
  return s->hash;
}

namespace {
bool str_keys_equal(const Value& a, const Value& key) {
  return a.identical(key) || (a.is(K_Str) && a.as<Str>()->s == key.as<Str>()->s);
}
}  // namespace

Value* dict_slot_str(Dict* d, const Value& key) {
  if (d->used == 0) return nullptr;
  int64_t slot = find_slot(d, str_hash(key.as<Str>()), [&](const Value& k) { return str_keys_equal(k, key); },
                           nullptr);
  if (slot < 0) return nullptr;
  return &d->entries[size_t(d->index[size_t(slot)])].value;
}

bool dict_get_str(Dict* d, const Value& key, Value& out) {
  Value* v = dict_slot_str(d, key);
  if (!v) return false;
  out = *v;
  return true;
}

void dict_set_str(Dict* d, const Value& key, Value value) {
  int64_t h = str_hash(key.as<Str>());
  int64_t slot = find_slot(d, h, [&](const Value& k) { return str_keys_equal(k, key); }, nullptr);
  if (slot >= 0) {
    d->entries[size_t(d->index[size_t(slot)])].value = std::move(value);
    return;
  }
  insert_new(d, h, key, std::move(value));
}

void dict_clear(Dict* d) {
  std::vector<Dict::Entry> old = std::move(d->entries);
  d->entries.clear();
  d->index.clear();
  d->used = 0;
}

}  // namespace looplab
