// Pages standard output through the user's pager, as git does: while a Pager lives, what the
// program writes on stdout goes to `$PAPERDEX_PAGER`, else `$PAGER`, else `less` (with LESS=FRX
// when LESS is unset: quit when the text fits one screen, keep colours, leave the screen as is).
// Only when stdout is a terminal; an empty pager or "cat" means none.
#ifndef PAPERDEX_CLI_PAGER_H_
#define PAPERDEX_CLI_PAGER_H_

#include <sys/types.h>

namespace paperdex::cli {

class Pager {
 public:
  // Starts the pager when `wanted` and stdout is a terminal; otherwise does nothing.
  explicit Pager(bool wanted);
  // Flushes stdout, closes the pipe and waits for the pager to end (the user quits it).
  ~Pager();
  Pager(const Pager&) = delete;
  Pager& operator=(const Pager&) = delete;

  bool active() const { return pid_ > 0; }

 private:
  pid_t pid_ = -1;
};

}  // namespace paperdex::cli

#endif  // PAPERDEX_CLI_PAGER_H_
