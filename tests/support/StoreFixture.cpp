#include "StoreFixture.h"

#include "Awaited.h"
#include "TestEnvironment.h"
#include "callout/store/SecretStore.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace callout::test {

StoreFixture::~StoreFixture()
{
    close();
}

QString StoreFixture::configPath() const
{
    return m_dir.filePath(u"config/callout/callout.json"_s);
}

QString StoreFixture::statePath() const
{
    return m_dir.filePath(u"data/callout/state.json"_s);
}

CredentialCatalog &StoreFixture::open(SecretStore &secrets, const Clock &clock)
{
    close();
    m_configStore = std::make_unique<ConfigStore>(configPath(), clock);
    m_stateStore = std::make_unique<StateStore>(statePath(), clock);
    m_catalog = std::make_unique<CredentialCatalog>(*m_configStore, *m_stateStore, secrets, &clock);
    return *m_catalog;
}

void StoreFixture::close()
{
    m_catalog.reset();
    m_stateStore.reset();
    m_configStore.reset();
}

QStringList StoreFixture::entriesNextTo(const QString &file)
{
    return QDir(QFileInfo(file).absolutePath())
        .entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

void StoreFixture::expectMovedAside(const QString &file, const QString &aside)
{
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(u"^%1 unreadable .*moved aside to %2$"_s.arg(
                             QRegularExpression::escape(file), QRegularExpression::escape(aside))));
}

Result<ImportPlan> importAndWait(CredentialCatalog &catalog, const QByteArray &document, bool replace, int timeoutMs)
{
    Awaited<ImportPlan> imported;
    catalog.importDocument(document, replace, imported.callback());
    return imported.wait(timeoutMs);
}

bool importInto(CredentialCatalog &catalog, const QByteArray &document)
{
    const Result<ImportPlan> imported = importAndWait(catalog, document);
    if (imported.ok())
        return true;
    const ErrorCode code = imported.error().code;
    if (code == ErrorCode::KeychainUnavailable || code == ErrorCode::KeychainLocked || code == ErrorCode::KeychainError)
        keychainUnusable(imported.error().toString());
    else
        QTest::qFail(qPrintable(u"the import failed: "_s + imported.error().toString()), __FILE__, __LINE__);
    return false;
}

TokenSet storedTokens(SecretStore &secrets, const QString &credentialId)
{
    Awaited<QByteArray> read;
    secrets.read(secretkeys::credentialTokens(credentialId), read.context(), read.callback());
    if (!read.wait().ok())
        return {};
    const Result<TokenSet> tokens = TokenSet::fromBytes(read.result().value());
    return tokens.ok() ? tokens.value() : TokenSet();
}

bool storeTokens(SecretStore &secrets, const QString &credentialId, const TokenSet &tokens)
{
    Awaited<void> written;
    secrets.write(secretkeys::credentialTokens(credentialId), tokens.toBytes(), written.context(), written.callback());
    const Result<void> &result = written.wait();
    CHECK_OR_RETURN_FALSE(result.ok(), qPrintable(result.error().toString()));
    return true;
}

} // namespace callout::test
