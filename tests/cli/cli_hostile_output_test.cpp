// Hostile output targets (issue 15): devices, pipes, sockets and folders as -o, an output that is the
// input (also through links), an existing file of another kind, "-o -" for standard output, and names
// that collide when each interviewer gets a file. Refusals exit 2 with one line and change nothing.
#include "hostile_support.h"
#include "serialize/kit_file.h"

#include <catch2/catch.hpp>

#include <set>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace fs = std::filesystem;

namespace {

void check_output_refused(const CliRun& r, const std::string& prefix, const std::string& words) {
    INFO("stderr: " << r.err);
    CHECK(r.code == 2);
    CHECK(count_lines(r.err) == 1);
    CHECK(r.err.rfind(prefix, 0) == 0);
    CHECK(r.err.find(words) != std::string::npos);
    CHECK(r.out.empty());
}

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    for (std::size_t end; (end = text.find('\n', start)) != std::string::npos; start = end + 1)
        lines.push_back(text.substr(start, end - start));
    return lines;
}

}  // namespace

TEST_CASE("hostile: devices, pipes, sockets and folders are refused as -o", "[cli][hostile]") {
    const std::string dir = output_dir("hostile-special");
    const std::string kit = make_test_kit(dir, "kit.ikit");
    const std::string fifo = dir + "/pipe";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    const FileSnapshot fifo_before = FileSnapshot::of(fifo);
    const FileSnapshot null_before = FileSnapshot::of("/dev/null");

    check_output_refused(ikit_run({"export", kit, "-o", "/dev/null"}), "ikit export: -o /dev/null is a device",
                         "give a file name, or - for standard output");
    check_output_refused(ikit_run({"export", kit, "-o", "/dev/zero"}), "ikit export: -o /dev/zero is a device", "");
    check_output_refused(ikit_run({"export", kit, "-o", fifo}), "ikit export: -o " + fifo + " is a named pipe", "");
    check_output_refused(ikit_run({"new", "--role", "cs-manager", "-o", fifo}), "ikit new: -o " + fifo + " is a named pipe",
                         "");
    check_output_refused(ikit_run({"new", "--role", "cs-manager", "-o", "/dev/null"}), "ikit new: -o /dev/null is a device",
                         "");
    check_output_refused(ikit_run({"new", "--role", "cs-manager", "-o", dir}), "ikit new: -o " + dir + " is a folder", "");
    // A link to a device is a device.
    const std::string link_to_null = dir + "/null-link.pdf";
    fs::create_symlink("/dev/null", link_to_null);
    check_output_refused(ikit_run({"export", kit, "-o", link_to_null}), "ikit export: -o " + link_to_null + " is a device", "");

    CHECK(FileSnapshot::of(fifo) == fifo_before);
    CHECK(FileSnapshot::of(fifo).type == S_IFIFO);
    CHECK(FileSnapshot::of("/dev/null").type == null_before.type);
    CHECK(FileSnapshot::of(link_to_null).type == S_IFLNK);

    // A socket (made in a short folder: socket paths are limited to about 100 bytes).
    char socket_dir[] = "/tmp/ikit-sock-XXXXXX";
    REQUIRE(::mkdtemp(socket_dir) != nullptr);
    const std::string socket_path = std::string(socket_dir) + "/s";
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    REQUIRE(fd >= 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    std::snprintf(address.sun_path, sizeof address.sun_path, "%s", socket_path.c_str());
    REQUIRE(::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0);
    check_output_refused(ikit_run({"export", kit, "-o", socket_path}), "ikit export: -o " + socket_path + " is a socket", "");
    CHECK(FileSnapshot::of(socket_path).type == S_IFSOCK);
    ::close(fd);
    fs::remove_all(socket_dir);
}

TEST_CASE("hostile: an output that is the input, or a file of another kind, is refused", "[cli][hostile]") {
    const std::string dir = output_dir("hostile-destroy");
    const std::string kit = make_test_kit(dir, "k.ikit");
    const std::string bank = dir + "/bank.xml";
    put_file(bank,
             "<?xml version=\"1.0\"?>\n<bank format=\"1\"><questions><question id=\"mine-1\" type=\"technical\" "
             "minutes=\"3\" roles=\"cs-manager\" competencies=\"operations\"><text>How do you forecast weekend "
             "staffing?</text><listen-for>a</listen-for><listen-for>b</listen-for><probe>c</probe></question>"
             "</questions></bank>\n");
    put_file(kit + "~", file_bytes(kit));  // the backup a second save leaves
    const std::string notes = dir + "/notes.txt";
    put_file(notes, "my notes\n");
    const std::string hard_link = dir + "/hard.pdf";
    fs::create_hard_link(kit, hard_link);
    const std::string soft_link = dir + "/soft.pdf";
    fs::create_symlink("k.ikit", soft_link);
    const FileSnapshot kit_before = FileSnapshot::of(kit), bank_before = FileSnapshot::of(bank),
                       notes_before = FileSnapshot::of(notes);

    check_output_refused(ikit_run({"export", kit, "-o", kit}), "ikit export: -o " + kit + " is the input file " + kit,
                         "choose another name");
    check_output_refused(ikit_run({"export", kit, "-o", hard_link}), "ikit export: -o " + hard_link + " is the input file", "");
    check_output_refused(ikit_run({"export", kit, "-o", soft_link}), "ikit export: -o " + soft_link + " is the input file", "");
    check_output_refused(ikit_run({"export", kit, "-o", bank}), "ikit export: -o " + bank + " is a question bank, not a PDF",
                         "choose another name");
    check_output_refused(ikit_run({"export", kit, "-o", notes}), "ikit export: -o " + notes + " is a file of another kind, not a PDF", "");
    check_output_refused(ikit_run({"export", kit, "-o", kit + "~"}), "ikit export: -o " + kit + "~ is a kit, not a PDF", "");
    check_output_refused(ikit_run({"new", "--role", "cs-manager", "-o", bank}), "ikit new: -o " + bank + " is a question bank, not a kit", "");
    check_output_refused(ikit_run({"--bank", bank, "new", "--role", "cs-manager", "-o", bank}),
                         "ikit new: -o " + bank + " is the input file", "");
    check_output_refused(ikit_run({"new", "--role", "cs-manager", "-o", notes}), "ikit new: -o " + notes + " is a file of another kind, not a kit", "");
    // In a folder too: a kit that happens to have a print's name is not replaced.
    const std::string folder = dir + "/prints/";
    fs::create_directories(folder);
    put_file(folder + "k-scorecard.pdf", file_bytes(kit));
    const FileSnapshot disguised_before = FileSnapshot::of(folder + "k-scorecard.pdf");
    check_output_refused(ikit_run({"export", kit, "-o", folder}), "ikit export: -o " + folder + "k-scorecard.pdf is a kit", "");
    CHECK(FileSnapshot::of(folder + "k-scorecard.pdf") == disguised_before);

    CHECK(FileSnapshot::of(kit) == kit_before);
    CHECK(FileSnapshot::of(bank) == bank_before);
    CHECK(FileSnapshot::of(notes) == notes_before);
    CHECK(FileSnapshot::of(soft_link).type == S_IFLNK);

    // What may be replaced: a PDF by a PDF, a kit by a kit, an empty file by either.
    const std::string pdf = dir + "/card.pdf";
    REQUIRE(ikit_run({"export", kit, "-o", pdf}).code == 0);
    CHECK(ikit_run({"export", kit, "-o", pdf, "--kind", "guide"}).code == 0);
    const std::string other_kit = dir + "/other.ikit";
    REQUIRE(ikit_run({"new", "--role", "head-cs", "-o", other_kit}).code == 0);
    CHECK(ikit_run({"new", "--role", "cs-manager", "-o", other_kit}).code == 0);
    const std::string empty = dir + "/empty.pdf";
    put_file(empty, "");
    CHECK(ikit_run({"export", kit, "-o", empty}).code == 0);
    CHECK(file_bytes(empty).rfind("%PDF-", 0) == 0);
    CHECK(FileSnapshot::of(kit).bytes == kit_before.bytes);
}

TEST_CASE("hostile: -o - writes the kit or the PDF to standard output, no file named -", "[cli][hostile]") {
    const std::string dir = output_dir("hostile-stdout");
    const std::string kit = make_test_kit(dir, "kit.ikit");
    auto r = ikit_run({"export", kit, "-o", "-", "--interviewer", "Ana", "--interviewer", "Ben"});
    REQUIRE(r.code == 0);
    CHECK(r.err.empty());
    CHECK(r.out.rfind("%PDF-", 0) == 0);
    CHECK(r.out.find("%%EOF") != std::string::npos);
    REQUIRE(ikit_run({"export", kit, "-o", dir + "/file.pdf", "--interviewer", "Ana", "--interviewer", "Ben"}).code == 0);
    CHECK(r.out.size() == file_bytes(dir + "/file.pdf").size());  // every byte came through
    r = ikit_run({"export", kit, "--kind", "guide", "--output", "-"});
    REQUIRE(r.code == 0);
    CHECK(r.out.rfind("%PDF-", 0) == 0);

    r = ikit_run({"new", "--role", "cs-manager", "--title", "To stdout", "-o", "-"});
    REQUIRE(r.code == 0);
    CHECK(r.err.empty());
    CHECK(ikit::parse_kit(r.out, "stdout").properties.title == "To stdout");
    CHECK_FALSE(fs::exists("-"));
    CHECK_FALSE(fs::exists(dir + "/-"));
}

TEST_CASE("hostile: one file per interviewer, whatever the names", "[cli][hostile]") {
    const std::string dir = output_dir("hostile-collide");
    const std::string kit = make_test_kit(dir, "kit.ikit");
    const std::string long_name = std::string(150, 'L') + std::string(50, 'l');  // 200 characters: the limit
    std::string long_letters;
    for (int i = 0; i < 200; ++i) long_letters += "ж";  // 400 bytes
    const std::vector<std::vector<std::string>> name_sets = {
        {"Ana", "Ana"}, {"ana", "ANA"}, {".", ".."}, {"a/b", "a b*?"}, {long_name, long_name + "", long_letters}, {"", ""}};
    int set_number = 0;
    for (const auto& names : name_sets) {
        const std::string folder = dir + "/set" + std::to_string(++set_number) + "/";
        fs::create_directories(folder);
        std::vector<std::string> args = {"export", kit, "-o", folder};
        for (const auto& n : names) {
            args.push_back("--interviewer");
            args.push_back(n);
        }
        INFO("set " << set_number);
        const auto r = ikit_run(args);
        REQUIRE(r.code == 0);
        const auto wrote = lines_of(r.out);
        CHECK(wrote.size() == names.size());
        CHECK(std::set<std::string>(wrote.begin(), wrote.end()).size() == names.size());
        std::size_t files = 0;
        for (const auto& entry : fs::directory_iterator(folder)) {
            ++files;
            CHECK(entry.path().filename().string().size() <= 255);
            CHECK(file_bytes(entry.path().string()).rfind("%PDF-", 0) == 0);
        }
        CHECK(files == names.size());
    }
}

TEST_CASE("hostile: an existing file that cannot be read is not replaced blind", "[cli][hostile]") {
    if (::geteuid() == 0) {
        WARN("running as root, which reads every file: nothing to test");
        return;
    }
    const std::string dir = output_dir("hostile-unreadable");
    const std::string kit = make_test_kit(dir, "kit.ikit");
    const std::string locked = dir + "/locked.pdf";
    put_file(locked, file_bytes(kit));
    fs::permissions(locked, fs::perms::owner_write);
    const auto r = ikit_run({"export", kit, "-o", locked});
    fs::permissions(locked, fs::perms::owner_read | fs::perms::owner_write);
    check_output_refused(r, "ikit export: -o " + locked + " cannot be read to check what it holds", "");
    CHECK(file_bytes(locked) == file_bytes(kit));
}
