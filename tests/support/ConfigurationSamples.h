#pragma once

#include "callout/model/AuthProvider.h"
#include "callout/model/NamedCredential.h"

#include <QString>

namespace callout::test {

// Entries of callout.json with the least that passes validation, for tests to change one thing:
// a provider with https://login.<name>.test/authorize and /token and client id "callout" …
AuthProvider provider(const QString &name, const QString &id = {});
// … and a credential of `providerName` at `url` (by default https://<name>.example.test/api).
NamedCredential credential(const QString &name, const QString &providerName, const QString &id = {},
                           const QString &url = {});

} // namespace callout::test
