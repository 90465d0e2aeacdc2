#include "app_services.h"

#include "io/native_path.h"
#include "serialize/question_rules_reader.h"
#include "util/error.h"

#include <filesystem>

namespace ikit {

std::unique_ptr<AppServices> load_app_services(const DataPaths& paths, std::shared_ptr<Prompts> prompts) {
    auto services = std::make_unique<AppServices>();
    services->paths = paths;
    services->prompts = std::move(prompts);
    try {
        services->library = load_library(paths);
    } catch (const Error& e) {
        services->library.errors.push_back(e.what());
    }
    try {
        services->rules = read_question_rules_file(paths.question_rules_file());
    } catch (const Error& e) {
        services->rules_error = e.what();
    }
    services->recovery_dir = path_to_utf8(path_from_utf8(DataPaths::user_data_dir()) / "recovery");
    return services;
}

}  // namespace ikit
