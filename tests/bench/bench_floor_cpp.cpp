// The process-start floor for tests/bench/run.sh: a C++ program that starts, writes nothing and exits
// (with libstdc++ loaded, as any C++ program has it).
#include <iostream>

int main()
{
    std::cout.flush();
    return 0;
}
