#include "pager.h"

#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <string>

namespace paperdex::cli {

Pager::Pager(bool wanted) {
  if (!wanted || !isatty(STDOUT_FILENO)) return;
  const char* env = std::getenv("PAPERDEX_PAGER");
  if (!env) env = std::getenv("PAGER");
  const std::string pager = env ? env : "less";
  if (pager.find_first_not_of(" \t") == std::string::npos || pager == "cat") return;
  int fds[2];
  if (pipe(fds) != 0) return;
  std::cout.flush();
  std::fflush(stdout);
  const pid_t pid = fork();
  if (pid < 0) {
    close(fds[0]);
    close(fds[1]);
    return;
  }
  if (pid == 0) {
    dup2(fds[0], STDIN_FILENO);
    close(fds[0]);
    close(fds[1]);
    setenv("LESS", "FRX", 0);
    setenv("LV", "-c", 0);
    execl("/bin/sh", "sh", "-c", pager.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  dup2(fds[1], STDOUT_FILENO);
  close(fds[0]);
  close(fds[1]);
  pid_ = pid;
}

Pager::~Pager() {
  if (pid_ <= 0) return;
  std::cout.flush();
  std::fflush(stdout);
  close(STDOUT_FILENO);
  // Ctrl-C goes to the pager (it is the user's way out of a long text), not to us meanwhile.
  auto old = std::signal(SIGINT, SIG_IGN);
  int status = 0;
  while (waitpid(pid_, &status, 0) < 0 && errno == EINTR) {
  }
  std::signal(SIGINT, old);
}

}  // namespace paperdex::cli
