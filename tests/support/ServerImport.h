#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace callout {
class CredentialCatalog;
}

namespace callout::test {

class TestServer;

// An import document (README, "Configuration") whose providers are clients of the running
// TestServer: its endpoints, and the client authentication and secret tests/server/clients.json
// gives the client. Credentials point at the server's /api.
//
//   ServerImport(server).provider(u"Public"_s, u"public-client"_s).credential(u"PublicApi"_s, u"Public"_s)
class ServerImport
{
public:
    explicit ServerImport(const TestServer &server);

    // A provider for `clientId`; `extra` fields are added (or replace the defaults).
    ServerImport &provider(const QString &name, const QString &clientId, const QJsonObject &extra = {});
    // A credential of `provider`; no label when `label` is empty.
    ServerImport &credential(const QString &name, const QString &provider, const QString &label = {});

    QJsonObject json() const;
    QByteArray toJson() const;
    // The client secrets the document carries (they must never show up in a log or a file).
    const QStringList &secrets() const { return m_secrets; }

    // Imports the document into `catalog` and waits: true when imported. When the keychain is not
    // usable the test is skipped (fails in CI); any other failure is recorded.
    bool importInto(CredentialCatalog &catalog) const;

private:
    QString m_issuer;
    QJsonArray m_providers;
    QJsonArray m_credentials;
    QStringList m_secrets;
};

} // namespace callout::test
