// Freed heap blocks keep nothing: free() and realloc() of the whole process zero a block before glibc
// takes it back. Linked into the voipbin-keys executable only (not the core library, not the tests),
// where it interposes glibc's free and realloc for every library the app loads, Qt included.
//
// Why not glibc's mallopt(M_PERTURB, byte): measured on Debian 12 (glibc 2.36), a freed block that goes
// to the per-thread cache (tcache: up to 7 blocks per size up to 1 KiB, which is where a QString of a
// password or a JWT goes) is not perturbed, and the first bytes of every freed block are overwritten by
// the allocator's own pointers only. QString and QByteArray release their buffers with free(), not
// operator delete, so KeePassXC's operator delete alone would not reach them either.
//
// Live buffers are not reached by this: the code that holds a secret must still drop it (SecretWipe.h).

#include <cstddef>
#include <cstdlib>
#include <cstring>
#include <malloc.h>

// Sanitizers bring their own malloc and free: glibc's __libc_free must not see their blocks.
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define VOIPBIN_NO_WIPE_ON_FREE
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer) || __has_feature(memory_sanitizer)
#define VOIPBIN_NO_WIPE_ON_FREE
#endif
#endif

#if defined(__GLIBC__) && !defined(VOIPBIN_NO_WIPE_ON_FREE)

extern "C" {
// glibc's own entry points (exported since 2.0): what free and realloc would have been.
void __libc_free(void *pointer);
void *__libc_malloc(std::size_t size);
void *__libc_realloc(void *pointer, std::size_t size);

void free(void *pointer) noexcept
{
    if (pointer == nullptr)
        return;
    explicit_bzero(pointer, malloc_usable_size(pointer));
    __libc_free(pointer);
}

// glibc's realloc frees the old block internally (not through free()) when it moves it, and puts the
// tail of a shrunk block back on its free lists: both would keep old contents.
void *realloc(void *pointer, std::size_t size) noexcept
{
    if (pointer == nullptr)
        return __libc_malloc(size);
    if (size == 0) {
        free(pointer);
        return nullptr;
    }
    const std::size_t usable = malloc_usable_size(pointer);
    if (size <= usable) {
        explicit_bzero(static_cast<char *>(pointer) + size, usable - size);
        return __libc_realloc(pointer, size); // shrinks in place
    }
    void *moved = __libc_malloc(size);
    if (moved == nullptr)
        return nullptr; // the old block stays valid, as realloc promises
    std::memcpy(moved, pointer, usable);
    free(pointer);
    return moved;
}
}

#endif
