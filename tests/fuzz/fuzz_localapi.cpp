// The local API (README, "Local API"): lines that any program of the user may write to the agent's
// socket. Each line is read as LocalApiServer reads it and handled by the real ApiHandler on a real
// core (in-memory keychain, fixed clock, no browser, no network), then every message is read as
// calloutctl reads it. A request is answered at most once, and its answer carries its id.
// The core starts from the same files and keychain for every input, so a crash reproduces from
// its input alone: credential Api is signed in, Ended needs a sign-in, Idle is signed out.
#include "FuzzSupport.h"
#include "ManualClock.h"
#include "MemorySecretStore.h"
#include "callout/agent/CalloutCore.h"
#include "callout/model/TokenDiscard.h"
#include "callout/oauth/BrowserOpener.h"
#include "calloutclient/Protocol.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkProxy>
#include <QTemporaryDir>

#include <memory>

using namespace Qt::StringLiterals;
using namespace callout;

namespace {

// No browser on this machine: login answers with the URL to show, and waits.
class NoBrowser final : public BrowserOpener
{
public:
    bool open(const QUrl & /*url*/, QObject * /*context*/, FailedLater /*failedLater*/) override { return false; }
};

// Queued calls and deferred deletes, a bounded number of rounds (no waiting: nothing here is slow).
void settle(int rounds = 20)
{
    for (int i = 0; i < rounds; ++i) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCoreApplication::processEvents();
    }
}

// What every input starts from.
struct Start {
    std::unique_ptr<QTemporaryDir> folder;
    QByteArray configuration;
    QByteArray state;
    QMap<QString, QByteArray> secrets;

    QString file(const QString &name) const { return folder->filePath(name); }
};

void write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        fuzz::fail("cannot write the start files", path.toUtf8());
}

QByteArray read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray importDocument()
{
    // Port 9 on loopback refuses at once; the proxy below keeps every other host unreached too.
    const QJsonObject provider{{u"name"_s, u"Demo"_s},
                               {u"authorizeUrl"_s, u"http://127.0.0.1:9/authorize"_s},
                               {u"tokenUrl"_s, u"http://127.0.0.1:9/token"_s},
                               {u"revocationUrl"_s, u"http://127.0.0.1:9/revoke"_s},
                               {u"clientId"_s, u"desktop"_s},
                               {u"clientAuthentication"_s, u"post"_s},
                               {u"clientSecret"_s, u"s3cret"_s},
                               {u"defaultScopes"_s, u"api offline_access"_s}};
    QJsonArray credentials;
    for (const QString &name : {u"Api"_s, u"Ended"_s, u"Idle"_s})
        credentials.append(QJsonObject{
            {u"name"_s, name}, {u"url"_s, u"https://api.example.test/"_s + name}, {u"authProvider"_s, u"Demo"_s}});
    return QJsonDocument(QJsonObject{{u"version"_s, 1},
                                     {u"authProviders"_s, QJsonArray{provider}},
                                     {u"namedCredentials"_s, credentials}})
        .toJson();
}

void moveTo(CredentialCatalog &catalog, const QString &name, const QList<AuthStatus> &steps, const QDateTime &now)
{
    const NamedCredential *credential = catalog.configuration().credentialByName(name);
    for (const AuthStatus status : steps) {
        ExternalAuthentication record = catalog.externalAuthentication(credential->id);
        record.status = status;
        record.tokenBinding = tokenBinding(catalog.configuration(), *credential);
        record.accessTokenExpiry = now.addSecs(3600);
        if (status == AuthStatus::SignInRequired)
            record.lastError = Error(ErrorCode::SignInRequired, u"The service ended the session."_s);
        if (!catalog.updateExternalAuthentication(record).ok())
            fuzz::fail("cannot set a start status", name.toUtf8());
    }
}

// Built once through the real core: an import, then statuses and tokens.
Start makeStart()
{
    Start start;
    const QString ramDisk = u"/dev/shm"_s;
    start.folder = QFileInfo(ramDisk).isWritable()
        ? std::make_unique<QTemporaryDir>(ramDisk + u"/fuzz_localapi-XXXXXX"_s)
        : std::make_unique<QTemporaryDir>();
    test::ManualClock clock;
    MemorySecretStore secrets;
    NoBrowser browser;
    {
        CalloutCore core(start.file(u"callout.json"_s), start.file(u"state.json"_s), secrets, browser, clock);
        (void)core.load();
        bool imported = false;
        core.catalog.importDocument(importDocument(), false,
                                    [&imported](const Result<ImportPlan> &plan) { imported = plan.ok(); });
        settle();
        if (!imported)
            fuzz::fail("the start configuration was not imported");
        const QDateTime now = clock.now();
        moveTo(core.catalog, u"Api"_s, {AuthStatus::SigningIn, AuthStatus::SignedIn}, now);
        moveTo(core.catalog, u"Ended"_s, {AuthStatus::SigningIn, AuthStatus::SignedIn, AuthStatus::SignInRequired},
               now);
        TokenSet tokens{u"access-token"_s, u"refresh-token"_s, now.addSecs(3600), now, u"api offline_access"_s};
        QObject context;
        const QString apiId = core.catalog.configuration().credentialByName(u"Api"_s)->id;
        secrets.write(secretkeys::credentialTokens(apiId), tokens.toBytes(), &context, [](const Result<void> &) {});
        settle();
    }
    start.configuration = read(start.file(u"callout.json"_s));
    start.state = read(start.file(u"state.json"_s));
    start.secrets = secrets.items();
    return start;
}

const Start &start()
{
    static const Start s = makeStart();
    return s;
}

// Reads a message as calloutctl does.
void readAsClient(const QJsonObject &message)
{
    (void)protocol::toLine(message);
    if (protocol::isEvent(message)) {
        (void)protocol::eventName(message);
        return;
    }
    if (protocol::isOk(message))
        (void)protocol::resultOf(message);
    else
        (void)protocol::exitCodeFor(protocol::errorOf(message).code);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::startQt(argc, argv);
    // Whatever URL an input imports, nothing leaves this machine: every request goes to a proxy
    // that refuses at once.
    QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::HttpProxy, u"127.0.0.1"_s, 9));
    (void)start();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Start &s = start();
    write(s.file(u"callout.json"_s), s.configuration);
    write(s.file(u"state.json"_s), s.state);
    MemorySecretStore secrets;
    {
        QObject context; // the write callbacks are dropped with it
        for (auto it = s.secrets.begin(); it != s.secrets.end(); ++it)
            secrets.write(it.key(), it.value(), &context, [](const Result<void> &) {});
    }
    test::ManualClock clock;
    NoBrowser browser;
    auto core
        = std::make_unique<CalloutCore>(s.file(u"callout.json"_s), s.file(u"state.json"_s), secrets, browser, clock);
    (void)core->load();

    auto requester = std::make_unique<QObject>(); // the connection: gone, it ends what is in progress
    const QList<QByteArray> lines = fuzz::bytes(data, size).split('\n');
    for (const QByteArray &line : lines) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(line.trimmed(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject())
            continue; // answered by LocalApiServer itself
        const QJsonObject request = document.object();
        (void)protocol::errorOf(request); // a client reads what the agent sends: any object
        auto answers = std::make_shared<int>(0);
        core->api.handle(request, requester.get(), [answers, request, line](const QJsonObject &message) {
            readAsClient(message);
            if (protocol::isEvent(message))
                return;
            if (++*answers > 1)
                fuzz::fail("a request answered twice", line);
            const QJsonValue id = protocol::idOf(request);
            if ((id.isDouble() || id.isString()) && protocol::idOf(message) != id)
                fuzz::fail("an answer without its request's id", line);
        });
        settle(2);
    }
    settle();
    requester.reset();
    core.reset();
    settle(3);
    return 0;
}
