// Value: one Python value. Small immutable values (None, bool, 64-bit int, float) live inside
// the Value itself; everything else is a reference-counted Object.
//
// Reference counting (rather than a tracing GC) is deliberate: CPython frees objects the moment
// their last reference goes, and learners can observe that ("coroutine was never awaited",
// "Task exception was never retrieved" appear at precise moments). Cycles are not collected.
#pragma once
#include <cstdint>
#include <cstring>
#include <utility>

namespace looplab {

struct Object;
void destroy_object(Object* o) noexcept;

// Undef marks an unbound local and the NULL slot of the call protocol; it never reaches Python.
enum class Tag : uint8_t { None, Bool, Int, Float, Obj, Undef };

struct Object {
  uint32_t refcount = 0;
  uint8_t kind;  // ObjKind, see object.h
  uint8_t lifetime = 0;  // LifetimeFlags: finalization state (it fits in the header's padding)
  virtual ~Object() = default;
};

// Finalization (CPython's __del__, generator close, "coroutine ... was never awaited"): objects
// that may need it are marked, so that freeing every other object costs one test of this byte.
enum LifetimeFlags : uint8_t {
  kMayFinalize = 1,  // a generator, or an instance whose class defines __del__ (core/lifetime.h)
  kFinalized = 2,    // its finalizer has run (or must never run): it is freed like any object
  kTaskListed = 4,   // an asyncio task in the list of all tasks, which must not keep it alive
  kLinked = 8,       // in the list of instances and generators the cycle detection starts from
};

// Objects that must never be freed (builtin classes, interned strings) get this count.
constexpr uint32_t kImmortal = 1u << 30;

inline void incref(Object* o) noexcept { ++o->refcount; }
inline void decref(Object* o) noexcept {
  if (--o->refcount == 0) destroy_object(o);
}

class Value {
 public:
  Value() noexcept : tag_(Tag::None) { u_.i = 0; }
  Value(const Value& other) noexcept : tag_(other.tag_), u_(other.u_) {
    if (tag_ == Tag::Obj) incref(u_.o);
  }
  Value(Value&& other) noexcept : tag_(other.tag_), u_(other.u_) { other.tag_ = Tag::None; }
  // Takes a new reference to `o` (objects are created with a count of 0).
  explicit Value(Object* o) noexcept : tag_(Tag::Obj) {
    u_.o = o;
    incref(o);
  }
  ~Value() {
    if (tag_ == Tag::Obj) decref(u_.o);
  }
  Value& operator=(const Value& other) noexcept {
    if (other.tag_ == Tag::Obj) incref(other.u_.o);
    release();
    tag_ = other.tag_;
    u_ = other.u_;
    return *this;
  }
  Value& operator=(Value&& other) noexcept {
    if (this != &other) {
      release();
      tag_ = other.tag_;
      u_ = other.u_;
      other.tag_ = Tag::None;
    }
    return *this;
  }

  static Value none() noexcept { return Value(); }
  static Value boolean(bool b) noexcept {
    Value v;
    v.tag_ = Tag::Bool;
    v.u_.i = b ? 1 : 0;
    return v;
  }
  static Value integer(int64_t i) noexcept {
    Value v;
    v.tag_ = Tag::Int;
    v.u_.i = i;
    return v;
  }
  static Value undef() noexcept {
    Value v;
    v.tag_ = Tag::Undef;
    return v;
  }
  static Value real(double d) noexcept {
    Value v;
    v.tag_ = Tag::Float;
    v.u_.f = d;
    return v;
  }

  Tag tag() const noexcept { return tag_; }
  bool is_none() const noexcept { return tag_ == Tag::None; }
  bool is_bool() const noexcept { return tag_ == Tag::Bool; }
  bool is_int() const noexcept { return tag_ == Tag::Int; }
  bool is_float() const noexcept { return tag_ == Tag::Float; }
  bool is_obj() const noexcept { return tag_ == Tag::Obj; }
  bool is_undef() const noexcept { return tag_ == Tag::Undef; }
  // int or bool: the small-int fast paths accept both, as Python does (True + 1 == 2).
  bool is_small_int() const noexcept { return tag_ == Tag::Int || tag_ == Tag::Bool; }

  bool as_bool() const noexcept { return u_.i != 0; }
  int64_t as_int() const noexcept { return u_.i; }
  double as_float() const noexcept { return u_.f; }
  Object* obj() const noexcept { return u_.o; }
  template <class T>
  T* as() const noexcept {
    return static_cast<T*>(u_.o);
  }
  uint8_t obj_kind() const noexcept { return u_.o->kind; }
  bool is(uint8_t kind) const noexcept { return tag_ == Tag::Obj && u_.o->kind == kind; }

  // Python's `is`.
  bool identical(const Value& other) const noexcept {
    if (tag_ != other.tag_) return false;
    if (tag_ == Tag::Float) return std::memcmp(&u_.f, &other.u_.f, sizeof(double)) == 0;
    return u_.i == other.u_.i || (tag_ == Tag::Obj && u_.o == other.u_.o);
  }

 private:
  void release() noexcept {
    if (tag_ == Tag::Obj) decref(u_.o);
  }
  Tag tag_;
  union {
    int64_t i;
    double f;
    Object* o;
  } u_;
};

}  // namespace looplab
