// The one exception type of paperdex: a real failure (a file that cannot be read or decoded, an
// index that cannot be opened), carrying the path it concerns and the reason in words. Expected
// outcomes (no hits, a malformed article) are values, not exceptions.
#ifndef PAPERDEX_ERROR_H_
#define PAPERDEX_ERROR_H_

#include <stdexcept>
#include <string>

namespace paperdex {

// Thrown for failures the caller cannot repair. what() is "<path>: <reason>" (or just the reason
// when no path applies), a single line meant for the user.
class Error : public std::runtime_error {
 public:
  Error(std::string path, std::string reason)
      : std::runtime_error(path.empty() ? reason : path + ": " + reason),
        path_(std::move(path)),
        reason_(std::move(reason)) {}

  const std::string& path() const { return path_; }
  const std::string& reason() const { return reason_; }

 private:
  std::string path_;
  std::string reason_;
};

}  // namespace paperdex

#endif  // PAPERDEX_ERROR_H_
