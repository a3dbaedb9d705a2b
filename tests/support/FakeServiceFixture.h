#pragma once

#include "CoreFixture.h"
#include "FakeHttpServer.h"

#include <QString>

#include <memory>

namespace callout::test {

// The agent's core (CoreFixture) with the credential "DemoApi" (label "Demo API", provider "Demo")
// of a fake service on loopback: its /token issues at-1, at-2, … (an hour each); every other
// request gets `api`'s answer (the credential's URL is /api). For tests of what calls through the
// credential: the demo caller and its page.
class FakeServiceFixture
{
public:
    FakeServiceFixture();

    // Imports the provider and the credential; false, with the failure recorded, when it failed.
    bool setUp();

    CoreFixture &core() { return m_core; }
    FakeHttpServer &server() { return *m_server; }
    QString id() const { return m_core.id(QStringLiteral("DemoApi")); }
    int issued() const { return m_issued; }

    // The tokens in the keychain (issued now, an hour's life); false with the failure recorded.
    bool putTokens(const QString &accessToken);
    // As SignInService does it: the tokens in the keychain first, then the record says signed-in.
    bool signIn(const QString &accessToken);

    FakeHttpServer::Handler api; // everything but /token

private:
    int m_issued = 0;
    std::unique_ptr<FakeHttpServer> m_server;
    CoreFixture m_core;
};

} // namespace callout::test
