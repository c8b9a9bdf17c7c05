// CPython's set table (Objects/setobject.c): linear probing in runs of 9 plus perturbation, the
// same growth rule and the same merge paths, so that a set of small ints iterates in the same
// order as CPython's (print({3, 1, 2}) shows {1, 2, 3}; {8, 16, 1} shows {16, 1, 8}).
#include "core/runtime.h"

namespace looplab {
namespace {

constexpr size_t kLinearProbes = 9;
constexpr int kPerturbShift = 5;
constexpr uint8_t kEmptySlot = 0, kLive = 1, kDummy = 2;

void insert_clean(std::vector<Set::Slot>& table, size_t mask, Value key, int64_t hash) {
  uint64_t perturb = uint64_t(hash);
  size_t i = size_t(hash) & mask;
  for (;;) {
    if (table[i].state == kEmptySlot) break;
    bool found = false;
    if (i + kLinearProbes <= mask) {
      for (size_t j = 1; j <= kLinearProbes; ++j) {
        if (table[i + j].state == kEmptySlot) {
          i += j;
          found = true;
          break;
        }
      }
    }
    if (found) break;
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
  table[i].key = std::move(key);
  table[i].hash = hash;
  table[i].state = kLive;
}

void resize(Set* s, int64_t minused) {
  size_t newsize = 8;
  while (newsize <= size_t(minused)) newsize <<= 1;
  std::vector<Set::Slot> old = std::move(s->table);
  s->table.assign(newsize, Set::Slot{});
  size_t mask = newsize - 1;
  s->fill = s->used;
  for (auto& slot : old)
    if (slot.state == kLive) insert_clean(s->table, mask, std::move(slot.key), slot.hash);
}

bool keys_equal(VM& vm, const Value& a, const Value& b) {
  if (a.identical(b)) return true;
  if (a.is(K_Str) && b.is(K_Str)) return a.as<Str>()->s == b.as<Str>()->s;
  return equals(vm, a, b);
}

// Returns the index of `key` or SIZE_MAX.
size_t lookup(VM& vm, Set* s, const Value& key, int64_t hash) {
  size_t mask = s->table.size() - 1;
  size_t i = size_t(hash) & mask;
  uint64_t perturb = uint64_t(hash);
  for (;;) {
    size_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
    for (size_t j = 0; j <= probes; ++j) {
      Set::Slot& slot = s->table[i + j];
      if (slot.state == kEmptySlot) return SIZE_MAX;
      if (slot.state == kLive && slot.hash == hash && keys_equal(vm, slot.key, key)) return i + j;
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

}  // namespace

Set::Set(bool frozen) {
  kind = frozen ? K_FrozenSet : K_Set;
  table.assign(8, Slot{});
}

bool set_contains(VM& vm, Set* s, const Value& key) {
  int64_t h = hash_value(vm, key);
  return lookup(vm, s, key, h) != SIZE_MAX;
}

void set_add(VM& vm, Set* s, const Value& key) {
  int64_t hash = hash_value(vm, key);
  size_t mask = s->table.size() - 1;
  size_t i = size_t(hash) & mask;
  uint64_t perturb = uint64_t(hash);
  size_t freeslot = SIZE_MAX;
  for (;;) {
    size_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
    for (size_t j = 0; j <= probes; ++j) {
      Set::Slot& slot = s->table[i + j];
      if (slot.state == kEmptySlot) {
        if (freeslot != SIZE_MAX) {
          Set::Slot& f = s->table[freeslot];
          f.key = key;
          f.hash = hash;
          f.state = kLive;
          ++s->used;
          return;
        }
        slot.key = key;
        slot.hash = hash;
        slot.state = kLive;
        ++s->fill;
        ++s->used;
        if (size_t(s->fill) * 5 < mask * 3) return;
        resize(s, s->used > 50000 ? s->used * 2 : s->used * 4);
        return;
      }
      if (slot.state == kLive) {
        if (slot.hash == hash && keys_equal(vm, slot.key, key)) return;
      } else if (freeslot == SIZE_MAX) {
        freeslot = i + j;
      }
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

bool set_discard(VM& vm, Set* s, const Value& key) {
  int64_t h = hash_value(vm, key);
  size_t at = lookup(vm, s, key, h);
  if (at == SIZE_MAX) return false;
  Set::Slot& slot = s->table[at];
  Value old = std::move(slot.key);
  slot.key = Value();
  slot.state = kDummy;
  slot.hash = -1;
  --s->used;
  return true;
}

// set_merge: `target |= other` for another set.
void set_merge(VM& vm, Set* target, Set* other) {
  if (other->used == 0) return;
  if ((target->fill + other->used) * 5 >= int64_t(target->table.size() - 1) * 3)
    resize(target, (target->used + other->used) * 2);
  if (target->fill == 0 && target->table.size() == other->table.size() && other->fill == other->used) {
    for (size_t i = 0; i < other->table.size(); ++i) {
      if (other->table[i].state == kLive) {
        target->table[i] = other->table[i];
      }
    }
    target->fill = other->fill;
    target->used = other->used;
    return;
  }
  if (target->fill == 0) {
    size_t mask = target->table.size() - 1;
    for (auto& slot : other->table) {
      if (slot.state == kLive) {
        insert_clean(target->table, mask, slot.key, slot.hash);
        ++target->fill;
        ++target->used;
      }
    }
    return;
  }
  for (auto& slot : other->table)
    if (slot.state == kLive) set_add(vm, target, slot.key);
}

Value set_pop(VM&, Set* s) {
  if (s->used == 0) raise(T.KeyError, "pop from an empty set");
  size_t mask = s->table.size() - 1;
  size_t i = size_t(s->finger) & mask;
  while (s->table[i].state != kLive) i = (i + 1) & mask;
  Value key = std::move(s->table[i].key);
  s->table[i].key = Value();
  s->table[i].state = kDummy;
  s->table[i].hash = -1;
  --s->used;
  s->finger = int64_t(i + 1);
  return key;
}

}  // namespace looplab
