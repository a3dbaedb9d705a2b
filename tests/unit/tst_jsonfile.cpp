// JsonFile writes atomically (README, "Safety rules"; docs/security-checklist.md D1): a write that
// fails midway leaves the old file as it was and no temporary file behind. The failure is real: the
// file size limit (RLIMIT_FSIZE, with SIGXFSZ ignored) makes write() fail with EFBIG partway through.
#include "callout/store/JsonFile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

#include <sys/resource.h>

using namespace Qt::StringLiterals;

using namespace callout;

namespace {

// While it lives, no file of this process can grow past `bytes`: writes beyond fail with EFBIG.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        getrlimit(RLIMIT_FSIZE, &m_saved);
        m_savedHandler = std::signal(SIGXFSZ, SIG_IGN); // else the kernel kills the process
        rlimit limit = m_saved;
        limit.rlim_cur = bytes;
        m_active = setrlimit(RLIMIT_FSIZE, &limit) == 0;
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_saved);
        std::signal(SIGXFSZ, m_savedHandler);
    }
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;
    bool isActive() const { return m_active; }

private:
    rlimit m_saved{};
    void (*m_savedHandler)(int) = nullptr;
    bool m_active = false;
};

QJsonObject documentOfSize(qsizetype bytes)
{
    return QJsonObject{{u"version"_s, 1}, {u"padding"_s, QString(bytes, u'p')}};
}

} // namespace

class TestJsonFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void failedWriteKeepsTheOldFile_data();
    void failedWriteKeepsTheOldFile();
    void injectedFailureReallyHappensMidway();
};

void TestJsonFile::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
}

void TestJsonFile::failedWriteKeepsTheOldFile_data()
{
    QTest::addColumn<qsizetype>("newSize");
    QTest::addColumn<int>("limit");
    QTest::newRow("fails after 4 KiB of 64 KiB") << qsizetype(64 * 1024) << 4096;
    QTest::newRow("fails after 1 byte") << qsizetype(10'000) << 1;
    QTest::newRow("fails in the last block") << qsizetype(9000) << 8192;
}

void TestJsonFile::failedWriteKeepsTheOldFile()
{
    QFETCH(qsizetype, newSize);
    QFETCH(int, limit);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"callout.json"_s);
    const JsonFile file(path);
    const QJsonObject old{{u"version"_s, 1}, {u"authProviders"_s, QJsonArray()}};
    QVERIFY(file.write(old).ok());
    QFile original(path);
    QVERIFY(original.open(QIODevice::ReadOnly));
    const QByteArray oldBytes = original.readAll();
    original.close();

    Result<void> written;
    {
        FileSizeLimit fsize{rlim_t(limit)};
        QVERIFY(fsize.isActive());
        written = file.write(documentOfSize(newSize));
    }
    QVERIFY(!written.ok());
    QCOMPARE(written.error().code, ErrorCode::FileError);
    QVERIFY2(written.error().message.contains(path), qPrintable(written.error().message));

    // The old file, byte for byte, and nothing else in the folder.
    QFile after(path);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), oldBytes);
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{u"callout.json"_s});
    QCOMPARE(file.read().object, old);

    // Without the limit the same write succeeds: the failure came from the limit only.
    QVERIFY(file.write(documentOfSize(newSize)).ok());
    QCOMPARE(file.read().object, documentOfSize(newSize));
}

// The check above can fail: a plain QFile overwritten in place under the same limit is left cut
// off, which is what an atomic write prevents.
void TestJsonFile::injectedFailureReallyHappensMidway()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"plain.json"_s);
    QFile plain(path);
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.write(QJsonDocument(QJsonObject{{u"version"_s, 1}}).toJson());
    plain.close();
    {
        FileSizeLimit fsize(4096);
        QVERIFY(fsize.isActive());
        QVERIFY(plain.open(QIODevice::WriteOnly | QIODevice::Truncate));
        plain.write(QJsonDocument(documentOfSize(64 * 1024)).toJson());
        plain.close();
    }
    QJsonParseError error;
    QFile cutOff(path);
    QVERIFY(cutOff.open(QIODevice::ReadOnly));
    const QByteArray left = cutOff.readAll();
    QVERIFY(left.size() <= 4096);
    QJsonDocument::fromJson(left, &error);
    QVERIFY(error.error != QJsonParseError::NoError); // half a document
}

QTEST_GUILESS_MAIN(TestJsonFile)
#include "tst_jsonfile.moc"
