#pragma once
/// \file posix_compat.h
/// The few POSIX and GNU C functions the core (and the app) use that the Windows C runtime (mingw-w64, MSVC)
/// lacks, with the same meaning. On other platforms this header adds nothing.

#ifdef _WIN32

#include <cstdlib>
#include <cstring>
#include <ctime>
#include <string>

/// GNU memmem: the first occurrence of `needle` in `haystack`, or nullptr.
inline void* memmem(const void* haystack, std::size_t haystack_size, const void* needle, std::size_t needle_size) {
    if (needle_size == 0) return const_cast<void*>(haystack);
    if (needle_size > haystack_size) return nullptr;
    const auto* h = static_cast<const unsigned char*>(haystack);
    const auto* n = static_cast<const unsigned char*>(needle);
    const std::size_t last = haystack_size - needle_size;
    for (std::size_t i = 0; i <= last; ++i) {
        const void* hit = std::memchr(h + i, n[0], last - i + 1);
        if (!hit) return nullptr;
        i = static_cast<std::size_t>(static_cast<const unsigned char*>(hit) - h);
        if (std::memcmp(h + i, n, needle_size) == 0) return const_cast<unsigned char*>(h + i);
    }
    return nullptr;
}

#ifndef localtime_r
/// POSIX localtime_r with the Windows C runtime's localtime_s.
inline std::tm* localtime_r(const std::time_t* time, std::tm* result) {
    return localtime_s(result, time) == 0 ? result : nullptr;
}
#endif

#ifndef gmtime_r
/// POSIX gmtime_r with the Windows C runtime's gmtime_s.
inline std::tm* gmtime_r(const std::time_t* time, std::tm* result) {
    return gmtime_s(result, time) == 0 ? result : nullptr;
}
#endif

#ifndef setenv
/// POSIX setenv with the Windows C runtime's _putenv (which copies the string).
inline int setenv(const char* name, const char* value, int overwrite) {
    if (!overwrite && std::getenv(name)) return 0;
    return _putenv((std::string(name) + "=" + value).c_str()) == 0 ? 0 : -1;
}
#endif

#endif  // _WIN32
