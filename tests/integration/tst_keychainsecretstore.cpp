// The real OS keychain (Secret Service via gnome-keyring under tests/run.sh). Modes, chosen by
// CALLOUT_EXPECT_KEYCHAIN: unset = a working keychain; "unavailable" = no session bus at all;
// "locked" = the login collection is locked and no prompt can be shown.
#include "Awaited.h"
#include "TestEnvironment.h"
#include "callout/store/KeychainSecretStore.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace callout;

namespace {

struct Outcome {
    Error error;
    QByteArray value;
};

// Asks the keychain (`call` gets a context and a callback) and waits for its answer.
template<typename T, typename Call> Outcome asked(Call call)
{
    test::Awaited<T> answer;
    call(answer.context(), answer.callback());
    const Result<T> &result = answer.wait();
    if (!result.ok())
        return {result.error(), {}};
    if constexpr (std::is_void_v<T>)
        return {};
    else
        return {Error(), result.value()};
}

Outcome writeSecret(SecretStore &store, const QString &key, const QByteArray &value)
{
    return asked<void>([&](QObject *context, auto callback) { store.write(key, value, context, callback); });
}

Outcome readSecret(SecretStore &store, const QString &key)
{
    return asked<QByteArray>([&](QObject *context, auto callback) { store.read(key, context, callback); });
}

Outcome removeSecret(SecretStore &store, const QString &key)
{
    return asked<void>([&](QObject *context, auto callback) { store.remove(key, context, callback); });
}

QString expectedMode()
{
    return qEnvironmentVariable("CALLOUT_EXPECT_KEYCHAIN");
}

// The warning the store logs when an operation on `key` fails ("write", "read" or "delete").
void expectFailureWarning(const char *operation, const QString &key)
{
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(u"^%1 of \"%2\" failed: "_s.arg(QString::fromLatin1(operation),
                                                                            QRegularExpression::escape(key))));
}

} // namespace

class TestKeychainSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void initTestCase();
    void cleanup();
    void writeReadDelete();
    void overwriteReplacesValue();
    void tenKilobyteValue();
    void binaryValueRoundTrips();
    void readMissingIsSecretNotFound();
    void removeMissingSucceeds();
    void storedInSecretServiceUnderCalloutSchema();
    void unavailable();
    void locked();

private:
    void requireMode(const QString &mode);
    QString key(const QString &suffix) const { return u"test/"_s + m_run + u'/' + suffix; }

    // A service name of its own, so the test never touches a user's real `callout` items.
    QString m_service = u"callout-test-"_s + QString::number(QRandomGenerator::system()->generate(), 16);
    QString m_run = QString::number(QRandomGenerator::system()->generate(), 16);
    KeychainSecretStore m_store{m_service};
    QStringList m_written;
};

void TestKeychainSecretStore::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
}

void TestKeychainSecretStore::initTestCase()
{
    if (!expectedMode().isEmpty())
        return;
    const Outcome probe = writeSecret(m_store, key(u"probe"_s), "probe");
    if (probe.error.code != ErrorCode::None)
        return test::keychainUnusable(probe.error.message);
    m_written.append(key(u"probe"_s));
}

void TestKeychainSecretStore::cleanup()
{
    if (!expectedMode().isEmpty())
        return;
    for (const QString &k : std::as_const(m_written))
        removeSecret(m_store, k);
    m_written.clear();
}

void TestKeychainSecretStore::requireMode(const QString &mode)
{
    if (expectedMode() != mode)
        QSKIP(qPrintable(u"runs only with CALLOUT_EXPECT_KEYCHAIN=%1 (see tests/CMakeLists.txt)"_s.arg(mode)));
}

void TestKeychainSecretStore::writeReadDelete()
{
    requireMode({});
    const QString k = key(u"tokens"_s);
    m_written.append(k);
    QCOMPARE(writeSecret(m_store, k, R"({"accessToken":"at-1"})").error.code, ErrorCode::None);
    const Outcome read = readSecret(m_store, k);
    QCOMPARE(read.error.code, ErrorCode::None);
    QCOMPARE(read.value, QByteArray(R"({"accessToken":"at-1"})"));
    QCOMPARE(removeSecret(m_store, k).error.code, ErrorCode::None);
    QCOMPARE(readSecret(m_store, k).error.code, ErrorCode::SecretNotFound);
}

void TestKeychainSecretStore::overwriteReplacesValue()
{
    requireMode({});
    const QString k = key(u"overwrite"_s);
    m_written.append(k);
    QCOMPARE(writeSecret(m_store, k, "first").error.code, ErrorCode::None);
    QCOMPARE(writeSecret(m_store, k, "second").error.code, ErrorCode::None);
    QCOMPARE(readSecret(m_store, k).value, QByteArray("second"));
}

void TestKeychainSecretStore::tenKilobyteValue()
{
    requireMode({});
    const QString k = key(u"large"_s);
    m_written.append(k);
    QByteArray value(10 * 1024, '\0');
    for (qsizetype i = 0; i < value.size(); ++i)
        value[i] = char('a' + i % 26);
    QCOMPARE(writeSecret(m_store, k, value).error.code, ErrorCode::None);
    const Outcome read = readSecret(m_store, k);
    QCOMPARE(read.value.size(), value.size());
    QCOMPARE(read.value, value);
}

void TestKeychainSecretStore::binaryValueRoundTrips()
{
    requireMode({});
    const QString k = key(u"binary"_s);
    m_written.append(k);
    static const char raw[] = "a:b+c%/\xc3\xa9=\x00\x01\xff";
    const QByteArray value(raw, sizeof raw - 1); // the NUL inside is part of the value
    QCOMPARE(writeSecret(m_store, k, value).error.code, ErrorCode::None);
    QCOMPARE(readSecret(m_store, k).value, value);
}

void TestKeychainSecretStore::readMissingIsSecretNotFound()
{
    requireMode({});
    const Outcome read = readSecret(m_store, key(u"never-written"_s));
    QCOMPARE(read.error.code, ErrorCode::SecretNotFound);
}

void TestKeychainSecretStore::removeMissingSucceeds()
{
    requireMode({});
    QCOMPARE(removeSecret(m_store, key(u"never-written"_s)).error.code, ErrorCode::None);
}

// Proves the value went to the Secret Service itself, readable by another client (secret-tool).
void TestKeychainSecretStore::storedInSecretServiceUnderCalloutSchema()
{
    requireMode({});
    if (QStandardPaths::findExecutable(u"secret-tool"_s).isEmpty())
        QSKIP("secret-tool (libsecret-tools) is not installed");
    const QString k = key(u"visible"_s);
    m_written.append(k);
    QCOMPARE(writeSecret(m_store, k, "seen-by-secret-tool").error.code, ErrorCode::None);
    QProcess lookup;
    lookup.start(u"secret-tool"_s, {u"lookup"_s, u"server"_s, m_service, u"user"_s, k});
    QVERIFY(lookup.waitForFinished(10000));
    QCOMPARE(lookup.exitCode(), 0);
    // QtKeychain stores binary data base64-encoded (attribute type=base64).
    const QByteArray stored = lookup.readAllStandardOutput().trimmed();
    QVERIFY2(stored == "seen-by-secret-tool" || QByteArray::fromBase64(stored) == "seen-by-secret-tool",
             stored.constData());
}

// No session bus: every operation fails at once with a message that says what to do.
void TestKeychainSecretStore::unavailable()
{
    requireMode(u"unavailable"_s);
    expectFailureWarning("write", key(u"x"_s));
    expectFailureWarning("read", key(u"x"_s));
    expectFailureWarning("delete", key(u"x"_s));
    const Outcome write = writeSecret(m_store, key(u"x"_s), "secret-value");
    QCOMPARE(write.error.code, ErrorCode::KeychainUnavailable);
    QVERIFY2(write.error.message.contains(u"Secret Service"_s), qPrintable(write.error.message));
    QCOMPARE(readSecret(m_store, key(u"x"_s)).error.code, ErrorCode::KeychainUnavailable);
    QCOMPARE(removeSecret(m_store, key(u"x"_s)).error.code, ErrorCode::KeychainUnavailable);
}

// The login collection is locked and no unlock prompt can appear: a clear "locked" error.
void TestKeychainSecretStore::locked()
{
    requireMode(u"locked"_s);
    expectFailureWarning("write", key(u"x"_s));
    const Outcome write = writeSecret(m_store, key(u"x"_s), "secret-value");
    QCOMPARE(write.error.code, ErrorCode::KeychainLocked);
    QVERIFY2(write.error.message.contains(u"unlock"_s), qPrintable(write.error.message));
}

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "tst_keychainsecretstore.moc"
