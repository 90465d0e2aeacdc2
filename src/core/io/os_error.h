#pragma once
/// \file os_error.h
/// Words for the operating system's error numbers, as people read them in a message.

#include <string>

namespace ikit {

/// A short reason for errno value `err` ("the disk is full", "permission denied", …).
std::string os_error_reason(int err);

}  // namespace ikit
