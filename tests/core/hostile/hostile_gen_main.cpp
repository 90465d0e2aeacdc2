// ikit-hostile-gen FOLDER [--bytes N]: writes the hostile corpus (tests/core/hostile/hostile_files.h), one file
// per class and kind, plus a FIFO, into FOLDER, to try the readers and the command line by hand:
//   for f in FOLDER/kit-*; do ikit validate "$f"; done
#include "hostile/hostile_files.h"

#include <filesystem>
#include <iostream>
#include <string>
#include <sys/stat.h>

int main(int argc, char** argv) {
    if (argc < 2) {
        std::cerr << "usage: ikit-hostile-gen FOLDER [--bytes N]\n";
        return 2;
    }
    const std::filesystem::path folder = argv[1];
    std::size_t bytes = 0;  // 0: each kind's largest file
    if (argc >= 4 && std::string(argv[2]) == "--bytes") bytes = static_cast<std::size_t>(std::stoull(argv[3]));
    std::filesystem::create_directories(folder);
    std::size_t count = 0;
    for (const auto kind : ikit::test::hostile_kinds()) {
        for (const auto& file : ikit::test::hostile_files(kind, bytes ? bytes : ikit::test::hostile_budget(kind))) {
            ikit::test::write_hostile_file((folder / file.name).string(), file.bytes);
            ++count;
        }
    }
    const std::string fifo = (folder / "fifo.ikit").string();
    if (!std::filesystem::exists(fifo) && ::mkfifo(fifo.c_str(), 0600) == 0) ++count;
    std::cout << count << " files in " << folder.string() << " (and /dev/zero for a device)\n";
    return 0;
}
