#pragma once

#include "callout/model/AuthProvider.h"
#include "callout/model/ConfigurationEdit.h"
#include "callout/model/ProviderPresets.h"

#include <QMap>
#include <QWidget>

#include <memory>

class QLineEdit;

namespace Ui {
class AuthProviderEditor;
}

namespace callout {

class FieldProblems;
class ProviderDiscovery;

// The form of one auth provider: a preset chooser, Name, Issuer with Discover, the endpoints, Client
// ID, the client secret (write-only: the form only learns whether one is stored, and can replace or
// remove it), client authentication, default scopes, redirect URI and extra authorize parameters.
class AuthProviderEditor : public QWidget
{
    Q_OBJECT

public:
    // What the keychain says about the provider's client secret.
    enum class SecretState { Checking, Stored, NotStored, Unknown };

    explicit AuthProviderEditor(QWidget *parent = nullptr);
    ~AuthProviderEditor() override;

    void setProvider(const AuthProvider &provider);
    // The provider as edited (fields the form does not show are kept from setProvider()).
    AuthProvider provider() const;
    // What Save does with the stored secret: keep it, replace it with what was typed, or remove it.
    ClientSecretChange secretChange() const;
    // `why` explains SecretState::Unknown (e.g. the keychain is locked).
    void setSecretState(SecretState state, const QString &why = {});

    QList<Error> localProblems() const;
    QList<Error> showProblems(const QList<Error> &problems, const QList<Error> &warnings);

Q_SIGNALS:
    void changed();

private:
    void discover();
    // The chosen preset's placeholders and notes; "Fill in the form" applies it.
    void showPreset();
    void applyPreset();
    const ProviderPreset *chosenPreset() const;
    void setEndpointFields(const AuthProvider &provider);
    void showDiscovered(const AuthProvider &found);
    void updateSecretWidgets();

    std::unique_ptr<Ui::AuthProviderEditor> m_ui;
    std::unique_ptr<FieldProblems> m_problems;
    ProviderDiscovery *m_discovery;
    ProviderPresets m_presets;
    QMap<QString, QLineEdit *> m_presetValues; // placeholder name → its line edit
    AuthProvider m_base;
    SecretState m_secretState = SecretState::NotStored;
    QString m_secretStateReason;
    bool m_replacingSecret = false;
};

} // namespace callout
