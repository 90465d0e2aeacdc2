#pragma once
/// \file side_by_side.h
/// Running two pieces of work at the same time, for the few places where one large job (loading,
/// indexing or searching a big bank) splits into two independent halves.

#include <exception>
#include <system_error>
#include <thread>

namespace ikit {

/// Runs `here` on this thread and `there` on a new one, and returns when both are done. When no thread
/// can be started, runs them one after the other on this thread. An exception from either is rethrown
/// once both have finished (the one from `here` when both throw).
template <typename Here, typename There>
void run_side_by_side(Here&& here, There&& there) {
    std::exception_ptr there_failure;
    std::thread thread;
    try {
        thread = std::thread([&] {
            try {
                there();
            } catch (...) {
                there_failure = std::current_exception();
            }
        });
    } catch (const std::system_error&) {
        here();
        there();
        return;
    }
    try {
        here();
    } catch (...) {
        thread.join();
        throw;
    }
    thread.join();
    if (there_failure) std::rethrow_exception(there_failure);
}

}  // namespace ikit
