#include "callout/oauth/OAuthRandom.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace callout;

// PKCE (RFC 7636, S256) and the random tokens used for `state` (docs/security-checklist.md, A4 and A5).
class TestOAuthRandom : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void verifierShape();
    void challengeIsSha256OfVerifier();
    void rfc7636AppendixB();
    void thousandVerifiersAreDistinct();
    void verifiersUseTheWholeAlphabet();
    void randomUrlSafeToken_data();
    void randomUrlSafeToken();
    void randomUrlSafeTokensAreDistinct();

private:
    static bool isBase64Url(const QByteArray &text);
};

void TestOAuthRandom::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
}

bool TestOAuthRandom::isBase64Url(const QByteArray &text)
{
    static const QRegularExpression alphabet(u"^[A-Za-z0-9_-]*$"_s);
    return alphabet.match(QString::fromLatin1(text)).hasMatch();
}

void TestOAuthRandom::verifierShape()
{
    const Pkce pkce = Pkce::generate();
    // 32 random bytes, base64url without padding: 43 characters (RFC 7636 §4.1 allows 43–128).
    QCOMPARE(pkce.verifier.size(), 43);
    QVERIFY2(isBase64Url(pkce.verifier), pkce.verifier.constData());
    QCOMPARE(QByteArray::fromBase64(pkce.verifier, QByteArray::Base64UrlEncoding).size(), 32);
    // SHA-256 is 32 bytes: 43 characters, no '=' padding.
    QCOMPARE(pkce.challenge.size(), 43);
    QVERIFY2(isBase64Url(pkce.challenge), pkce.challenge.constData());
}

void TestOAuthRandom::challengeIsSha256OfVerifier()
{
    const Pkce pkce = Pkce::generate();
    const QByteArray digest = QCryptographicHash::hash(pkce.verifier, QCryptographicHash::Sha256);
    // Decoding the challenge gives back the raw digest of the verifier's ASCII text.
    QCOMPARE(QByteArray::fromBase64(pkce.challenge, QByteArray::Base64UrlEncoding), digest);
    QCOMPARE(Pkce::challengeFor(pkce.verifier), pkce.challenge);
}

void TestOAuthRandom::rfc7636AppendixB()
{
    // RFC 7636 Appendix B: the verifier is base64url of the 32 octets listed there.
    const QByteArray verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
    QCOMPARE(Pkce::challengeFor(verifier), QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
}

void TestOAuthRandom::thousandVerifiersAreDistinct()
{
    QSet<QByteArray> verifiers;
    QSet<QByteArray> challenges;
    for (int i = 0; i < 1000; ++i) {
        const Pkce pkce = Pkce::generate();
        QCOMPARE(pkce.verifier.size(), 43);
        QVERIFY2(isBase64Url(pkce.verifier), pkce.verifier.constData());
        QCOMPARE(pkce.challenge, Pkce::challengeFor(pkce.verifier));
        verifiers.insert(pkce.verifier);
        challenges.insert(pkce.challenge);
    }
    QCOMPARE(verifiers.size(), 1000);
    QCOMPARE(challenges.size(), 1000);
}

void TestOAuthRandom::verifiersUseTheWholeAlphabet()
{
    // 43,000 random characters: each of the 64 symbols turns up unless the source is not random
    // (a hex or digits-only verifier, a constant, a biased generator). Chance of a false failure:
    // far below 1e-100.
    QSet<char> seen;
    for (int i = 0; i < 1000; ++i) {
        for (const char c : Pkce::generate().verifier)
            seen.insert(c);
    }
    QCOMPARE(seen.size(), 64);
}

void TestOAuthRandom::randomUrlSafeToken_data()
{
    QTest::addColumn<int>("bytes");
    QTest::addColumn<int>("length");

    QTest::newRow("state, 32 bytes") << 32 << 43; // 256 bits, the size Callout uses for state
    QTest::newRow("16 bytes, the 128-bit minimum") << 16 << 22;
    QTest::newRow("3 bytes, no padding needed") << 3 << 4;
    QTest::newRow("1 byte, padding omitted") << 1 << 2;
    QTest::newRow("64 bytes") << 64 << 86;
}

void TestOAuthRandom::randomUrlSafeToken()
{
    QFETCH(int, bytes);
    QFETCH(int, length);

    const QByteArray token = callout::randomUrlSafeToken(bytes);
    QCOMPARE(token.size(), length);
    QVERIFY2(isBase64Url(token), token.constData());
    QVERIFY(!token.contains('='));
    QCOMPARE(QByteArray::fromBase64(token, QByteArray::Base64UrlEncoding).size(), bytes);
}

void TestOAuthRandom::randomUrlSafeTokensAreDistinct()
{
    QSet<QByteArray> tokens;
    for (int i = 0; i < 1000; ++i) {
        const QByteArray token = callout::randomUrlSafeToken(32);
        QCOMPARE(token.size(), 43); // ≥128 bits of entropy
        tokens.insert(token);
    }
    QCOMPARE(tokens.size(), 1000);
}

QTEST_GUILESS_MAIN(TestOAuthRandom)
#include "tst_oauthrandom.moc"
