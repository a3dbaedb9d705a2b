// callout.json and import documents (README, "Configuration"): whatever a damaged file or a
// `calloutctl import` may hold is read, validated and merged into a configuration. An import that
// is accepted must give a file that Callout reads back as it was saved, with no problem.
#include "ConfigurationSamples.h"
#include "FuzzSupport.h"
#include "callout/model/ConfigImport.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;
using namespace callout;

namespace {

// What the user has already: the document's entries are added to it or replace some of it.
const Configuration &current()
{
    static const Configuration configuration = [] {
        Configuration c;
        c.authProviders = {test::provider(u"Demo"_s, u"p-1"_s), test::provider(u"Other"_s, u"p-2"_s)};
        c.namedCredentials = {test::credential(u"DemoApi"_s, u"Demo"_s, u"c-1"_s),
                              test::credential(u"OtherApi"_s, u"Other"_s, u"c-2"_s)};
        return c;
    }();
    return configuration;
}

QByteArray saved(const Configuration &configuration)
{
    return QJsonDocument(configuration.toJson()).toJson();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::startQt(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray document = fuzz::bytes(data, size);

    // As callout.json: the configuration keeps what it can read and lists every problem.
    QList<Error> problems;
    Configuration configuration = Configuration::fromJson(QJsonDocument::fromJson(document).object(), &problems);
    problems += configuration.validate();
    configuration.assignMissingIds();
    (void)saved(configuration);

    // As an import document, added or replacing.
    for (const bool replace : {false, true}) {
        const Result<ImportPlan> plan = planImport(current(), document, replace);
        if (!plan.ok())
            continue;
        const QByteArray file = saved(plan->configuration);
        QList<Error> reread;
        const Configuration again = Configuration::fromJson(QJsonDocument::fromJson(file).object(), &reread);
        reread += again.validate();
        if (!reread.isEmpty())
            fuzz::fail("an accepted import saves a file with problems", reread.first().message.toUtf8());
        if (!(again == plan->configuration))
            fuzz::fail("an accepted import saves a file that reads back differently", file);
        (void)planImport(again, exportDocument(again), true);
    }
    return 0;
}
