// The Qt floor for tests/bench/run.sh: a QtCore program that constructs QCoreApplication and exits,
// the least any Qt command line tool pays before doing work.
#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    return 0;
}
