#include "CallBody.h"

#include "Output.h"
#include "calloutclient/AgentPaths.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace calloutctl {

namespace {

constexpr qint64 ChunkBytes = qint64(256) * 1024;

QByteArray stripped(QByteArray chunk)
{
    chunk.removeIf([](char c) { return c == '\r' || c == '\n'; });
    return chunk;
}

std::unique_ptr<QIODevice> memoryBody(const QByteArray &bytes)
{
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(bytes);
    buffer->open(QIODevice::ReadOnly);
    return buffer;
}

// Reads `input` to its end: in memory while small, then into a temporary file.
// Blocking reads: empty means the end (or an error).
LoadedBody readToEnd(QFile &input, bool strip, const QString &name)
{
    QByteArray memory;
    std::unique_ptr<QTemporaryFile> spool;
    while (true) {
        QByteArray chunk = input.read(ChunkBytes);
        if (chunk.isEmpty())
            break;
        if (strip)
            chunk = stripped(chunk);
        if (!spool && memory.size() + chunk.size() > MaxBodyInMemory) {
            QDir().mkpath(callout::agentpaths::runtimeDirectory());
            spool = std::make_unique<QTemporaryFile>(callout::agentpaths::runtimeDirectory() + u"/call-body-XXXXXX"_s);
            if (!spool->open() || spool->write(memory) != memory.size())
                return {nullptr, Tr::tr("cannot keep the body of %1: %2").arg(name, spool->errorString())};
            // Only the open file is needed: nothing is left behind, even when calloutctl dies of Ctrl-C.
            QFile::remove(spool->fileName());
            memory.clear();
        }
        if (spool) {
            if (spool->write(chunk) != chunk.size())
                return {nullptr, Tr::tr("cannot keep the body of %1: %2").arg(name, spool->errorString())};
        } else {
            memory += chunk;
        }
    }
    if (input.error() != QFileDevice::NoError)
        return {nullptr, Tr::tr("cannot read %1: %2").arg(name, input.errorString())};
    if (!spool)
        return {memoryBody(memory), {}};
    spool->seek(0);
    return {std::move(spool), {}};
}

} // namespace

LoadedBody loadBody(const BodySpec &spec)
{
    switch (spec.kind) {
    case BodySpec::Kind::None: return {};
    case BodySpec::Kind::Literal: return {memoryBody(spec.literal), {}};
    case BodySpec::Kind::Stdin: {
        QFile input;
        if (!input.open(stdin, QIODevice::ReadOnly, QFileDevice::DontCloseHandle))
            return {nullptr, Tr::tr("cannot read stdin: %1").arg(input.errorString())};
        return readToEnd(input, spec.stripNewlines, Tr::tr("stdin"));
    }
    case BodySpec::Kind::File: {
        auto file = std::make_unique<QFile>(spec.file);
        if (!file->open(QIODevice::ReadOnly))
            return {nullptr, Tr::tr("cannot read %1: %2").arg(spec.file, file->errorString())};
        // A regular file is sent as it is (and again, from its start, for a retry).
        if (!spec.stripNewlines && !file->isSequential() && QFileInfo(spec.file).isFile())
            return {std::move(file), {}};
        return readToEnd(*file, spec.stripNewlines, spec.file);
    }
    }
    return {};
}

} // namespace calloutctl
