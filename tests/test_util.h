// Helpers shared by the tests: encoding text with ICU, temporary files.
#ifndef PAPERDEX_TESTS_TEST_UTIL_H_
#define PAPERDEX_TESTS_TEST_UTIL_H_

#include <unicode/ucnv.h>
#include <unicode/unistr.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <string>

namespace paperdex::testing {

// `utf8` encoded in `charset` (an ICU converter name).
inline std::string Encode(const std::string& utf8, const char* charset) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(utf8);
  UErrorCode status = U_ZERO_ERROR;
  std::string out(static_cast<size_t>(u.length()) * 4 + 16, '\0');
  const int32_t n = u.extract(out.data(), static_cast<int32_t>(out.size()), nullptr, status);
  (void)n;
  UConverter* conv = ucnv_open(charset, &status);
  int32_t len = ucnv_fromUChars(conv, out.data(), static_cast<int32_t>(out.size()), u.getBuffer(),
                                u.length(), &status);
  ucnv_close(conv);
  out.resize(U_SUCCESS(status) ? static_cast<size_t>(len) : 0);
  return out;
}

// A fresh directory under the system's temporary directory, removed with the object.
class TempDir {
 public:
  TempDir() {
    std::random_device rd;
    path_ = std::filesystem::temp_directory_path() /
            ("paperdex-test-" + std::to_string(rd()) + std::to_string(rd()));
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::filesystem::path& path() const { return path_; }

  // Writes `bytes` to `name` inside the directory and returns its path.
  std::string Write(const std::string& name, const std::string& bytes) const {
    const auto p = path_ / name;
    std::filesystem::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << bytes;
    return p.string();
  }

 private:
  std::filesystem::path path_;
};

inline std::string SourceDir() { return PAPERDEX_SOURCE_DIR; }

inline std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

}  // namespace paperdex::testing

#endif  // PAPERDEX_TESTS_TEST_UTIL_H_
