// calloutctl: the command-line client of the callout agent. It never reads the configuration,
// the sign-in state or the keychain itself; it asks the running agent (later issues).
#include <QCommandLineParser>
#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"callout"_qs);
    QCoreApplication::setApplicationVersion(QStringLiteral(CALLOUT_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("calloutctl", "Use the named credentials of the callout agent from the command "
                                                  "line."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app); // --help and --version print and exit here

    // Commands (import, list, token, …) arrive with the agent's local API.
    QTextStream(stderr) << QCoreApplication::translate("calloutctl", "calloutctl: no command given; see --help.")
                        << Qt::endl;
    return 2;
}
