<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About VoIPbin Keys</source>
        <translation>Über VoIPbin Keys</translation>
    </message>
    <message>
        <source>Create, rename, copy and delete the access keys of your VoIPbin account, with tokens kept in your system keychain.</source>
        <translation>Erstellen, umbenennen, kopieren und löschen Sie die Accesskeys Ihres VoIPbin-Kontos; die Token bleiben im Schlüsselbund Ihres Systems.</translation>
    </message>
    <message>
        <source>Released under the MIT License.</source>
        <translation>Veröffentlicht unter der MIT-Lizenz.</translation>
    </message>
    <message>
        <source>VoIPbin Keys icon</source>
        <translation>Symbol von VoIPbin Keys</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2</source>
        <translation>Erstellt mit Qt %1, läuft mit Qt %2</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>AccessKeyCopier</name>
    <message>
        <source>Key copied.</source>
        <translation>Schlüssel kopiert.</translation>
    </message>
    <message>
        <source>Prefix copied.</source>
        <translation>Präfix kopiert.</translation>
    </message>
    <message>
        <source>curl example copied.</source>
        <translation>curl-Beispiel kopiert.</translation>
    </message>
    <message>
        <source>Copy key</source>
        <translation>Schlüssel kopieren</translation>
    </message>
    <message>
        <source>Secret not available</source>
        <translation>Geheimnis nicht verfügbar</translation>
    </message>
    <message>
        <source>The secret of &quot;%1&quot; is not stored on this computer. The server shows a key&apos;s secret only once, when it is created, so it cannot be copied from here.

Copy its prefix (%2) instead?</source>
        <translation>Das Geheimnis von „%1“ ist auf diesem Rechner nicht gespeichert. Der Server zeigt das Geheimnis eines Schlüssels nur einmal, bei seiner Erstellung, daher kann es hier nicht kopiert werden.

Stattdessen das Präfix (%2) kopieren?</translation>
    </message>
</context>
<context>
    <name>AccessKeyEditor</name>
    <message>
        <source>Your session has ended. Sign in again and the key will be created.</source>
        <translation>Ihre Sitzung ist beendet. Melden Sie sich erneut an, dann wird der Schlüssel erstellt.</translation>
    </message>
    <message>
        <source>The key is stored in this computer&apos;s keychain.</source>
        <translation>Der Schlüssel ist im Schlüsselbund dieses Rechners gespeichert.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was lost. Checking whether the key was created…</source>
        <translation>Die Antwort des Servers ging verloren. Es wird geprüft, ob der Schlüssel erstellt wurde …</translation>
    </message>
    <message>
        <source>The server&apos;s answer was lost, and no key was created. You can create it again.</source>
        <translation>Die Antwort des Servers ging verloren, und es wurde kein Schlüssel erstellt. Sie können ihn erneut erstellen.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was lost and the list of keys could not be checked, so a key may have been created whose secret is lost. Refresh the list (F5) and revoke it before you create the key again. %1</source>
        <translation>Die Antwort des Servers ging verloren, und die Schlüsselliste konnte nicht geprüft werden. Möglicherweise wurde ein Schlüssel erstellt, dessen Geheimnis verloren ist. Aktualisieren Sie die Liste (F5) und widerrufen Sie ihn, bevor Sie den Schlüssel erneut erstellen. %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2)</source>
        <translation>„%1“ (%2)</translation>
    </message>
    <message numerus="yes">
        <source>The server created %n key(s) but its answer was lost on the way: %1.

Nobody has the secret of such a key, so nothing can use it, but it stays valid until it expires. Revoke it now and create the key again?</source>
        <translation>
            <numerusform>Der Server hat %n Schlüssel erstellt, aber seine Antwort ging unterwegs verloren: %1.

Niemand kennt das Geheimnis eines solchen Schlüssels, daher kann ihn nichts verwenden, aber er bleibt gültig, bis er abläuft. Jetzt widerrufen und den Schlüssel erneut erstellen?</numerusform>
            <numerusform>Der Server hat %n Schlüssel erstellt, aber seine Antwort ging unterwegs verloren: %1.

Niemand kennt das Geheimnis solcher Schlüssel, daher kann sie nichts verwenden, aber sie bleiben gültig, bis sie ablaufen. Jetzt widerrufen und den Schlüssel erneut erstellen?</numerusform>
        </translation>
    </message>
    <message>
        <source>A key was created without its secret</source>
        <translation>Ein Schlüssel wurde ohne sein Geheimnis erstellt</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Widerrufen</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Behalten</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again and the change will be saved.</source>
        <translation>Ihre Sitzung ist beendet. Melden Sie sich erneut an, dann wird die Änderung gespeichert.</translation>
    </message>
    <message>
        <source>Revoke accesskey</source>
        <translation>Accesskey widerrufen</translation>
    </message>
    <message>
        <source>Revoke the accesskey &quot;%1&quot; (%2)?

Every program that uses it stops working at once. This cannot be undone.</source>
        <translation>Den Accesskey „%1“ (%2) widerrufen?

Jedes Programm, das ihn verwendet, funktioniert sofort nicht mehr. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Revoked &quot;%1&quot;.</source>
        <translation>„%1“ widerrufen.</translation>
    </message>
    <message>
        <source>The key could not be revoked. %1</source>
        <translation>Der Schlüssel konnte nicht widerrufen werden. %1</translation>
    </message>
</context>
<context>
    <name>AccessKeyTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>The secret of this key is stored in this computer&apos;s keychain.</source>
        <translation>Das Geheimnis dieses Schlüssels ist im Schlüsselbund dieses Rechners gespeichert.</translation>
    </message>
    <message>
        <source>Only the prefix is known here: the server shows a key&apos;s secret once, when it is created.</source>
        <translation>Hier ist nur das Präfix bekannt: Der Server zeigt das Geheimnis eines Schlüssels einmal, bei seiner Erstellung.</translation>
    </message>
    <message>
        <source>In use: you are signed in with this key.</source>
        <translation>In Verwendung: Sie sind mit diesem Schlüssel angemeldet.</translation>
    </message>
    <message>
        <source>prefix %1</source>
        <translation>Präfix %1</translation>
    </message>
    <message>
        <source>, secret stored on this computer</source>
        <translation>, Geheimnis auf diesem Rechner gespeichert</translation>
    </message>
    <message>
        <source>, expiring soon</source>
        <translation>, läuft bald ab</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>%1 abgelaufen</translation>
    </message>
    <message>
        <source>%1; replaced, revoked at %2</source>
        <translation>%1; ersetzt, widerrufen am %2</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <source>Clear %1</source>
        <translation>%1 leeren</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Weitere Aktionen</translation>
    </message>
</context>
<context>
    <name>AccountRequestDialog</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message numerus="yes">
        <source>The new password must be at least %n characters long.</source>
        <translation>
            <numerusform>Das neue Passwort muss mindestens %n Zeichen lang sein.</numerusform>
            <numerusform>Das neue Passwort muss mindestens %n Zeichen lang sein.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two new passwords are not the same. Type the new password again in both fields.</source>
        <translation>Die beiden neuen Passwörter stimmen nicht überein. Geben Sie das neue Passwort in beiden Feldern erneut ein.</translation>
    </message>
</context>
<context>
    <name>AccountStatusBanner</name>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <source>Set &amp;Password…</source>
        <translation>&amp;Passwort festlegen …</translation>
    </message>
    <message>
        <source>Account status</source>
        <translation>Kontostatus</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>Paste the verification link from the email</source>
        <translation>Fügen Sie den Bestätigungslink aus der E-Mail ein</translation>
    </message>
    <message>
        <source>Verification link</source>
        <translation>Bestätigungslink</translation>
    </message>
    <message>
        <source>The link from VoIPbin&apos;s verification email, or the token in it</source>
        <translation>Der Link aus der Bestätigungs-E-Mail von VoIPbin oder das Token darin</translation>
    </message>
    <message>
        <source>Verify the email address</source>
        <translation>Die E-Mail-Adresse bestätigen</translation>
    </message>
    <message>
        <source>Set a password with the emailed link</source>
        <translation>Mit dem per E-Mail gesendeten Link ein Passwort festlegen</translation>
    </message>
    <message>
        <source>This account is frozen</source>
        <translation>Dieses Konto ist eingefroren</translation>
    </message>
    <message>
        <source>It is scheduled for deletion. Nothing can be changed in it until it is recovered.</source>
        <translation>Es ist zur Löschung vorgesehen. Bis zur Wiederherstellung kann darin nichts geändert werden.</translation>
    </message>
    <message>
        <source>This account has expired</source>
        <translation>Dieses Konto ist abgelaufen</translation>
    </message>
    <message>
        <source>It can no longer be used. Its address was not verified in time, or it was deleted.</source>
        <translation>Es kann nicht mehr verwendet werden. Seine Adresse wurde nicht rechtzeitig bestätigt, oder es wurde gelöscht.</translation>
    </message>
    <message>
        <source>VoIPbin expires accounts whose address is not verified in time: verify it by about %1.</source>
        <translation>VoIPbin lässt Konten ablaufen, deren Adresse nicht rechtzeitig bestätigt wird: Bestätigen Sie sie bis etwa %1.</translation>
    </message>
    <message>
        <source>VoIPbin expires accounts whose address is not verified in time (one hour after signing up).</source>
        <translation>VoIPbin lässt Konten ablaufen, deren Adresse nicht rechtzeitig bestätigt wird (eine Stunde nach der Registrierung).</translation>
    </message>
    <message>
        <source>Verify your email address</source>
        <extracomment>%1 the account&apos;s status as the server names it (initial, active), %2 its email address</extracomment>
        <translation>Bestätigen Sie Ihre E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Account status: %1, email address not verified. %2 Open the link VoIPbin emailed to %3, or paste it here. VoIPbin then emails a link to set a password, which signing in with a username and password needs.</source>
        <translation>Kontostatus: %1, E-Mail-Adresse nicht bestätigt. %2 Öffnen Sie den Link, den VoIPbin an %3 gesendet hat, oder fügen Sie ihn hier ein. VoIPbin sendet dann per E-Mail einen Link zum Festlegen eines Passworts, das die Anmeldung mit Benutzername und Passwort braucht.</translation>
    </message>
    <message>
        <source>To go on, create a new account with &quot;Create account…&quot; on the sign-in page.</source>
        <translation>Um weiterzumachen, erstellen Sie mit „Konto erstellen …“ auf der Anmeldeseite ein neues Konto.</translation>
    </message>
    <message>
        <source>That is not the link from VoIPbin&apos;s verification email. Paste the whole link, or the 64-character token in it.</source>
        <translation>Das ist nicht der Link aus der Bestätigungs-E-Mail von VoIPbin. Fügen Sie den ganzen Link ein oder das 64 Zeichen lange Token darin.</translation>
    </message>
    <message>
        <source>Email address verified</source>
        <translation>E-Mail-Adresse bestätigt</translation>
    </message>
    <message>
        <source>Account status: %1, email address verified. VoIPbin has emailed %2 a link to set a password: choose Set Password… and paste it, to sign in with a username and password as well.</source>
        <translation>Kontostatus: %1, E-Mail-Adresse bestätigt. VoIPbin hat an %2 einen Link zum Festlegen eines Passworts gesendet: Wählen Sie „Passwort festlegen …“ und fügen Sie ihn ein, um sich auch mit Benutzername und Passwort anzumelden.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message numerus="yes">
        <source>%n second</source>
        <comment>one</comment>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seconds</source>
        <comment>other</comment>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (request id: %2)</source>
        <extracomment>%1 is a sentence, %2 the id the server gave the failed request (for its support)</extracomment>
        <translation>%1 (Anfrage-ID: %2)</translation>
    </message>
    <message>
        <source>Could not connect to %1: the server is not reachable.</source>
        <translation>Keine Verbindung zu %1: Der Server ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>Could not find the server %1. Check the address and the network connection.</source>
        <translation>Der Server %1 wurde nicht gefunden. Prüfen Sie die Adresse und die Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>The server did not answer within %1.</source>
        <translation>Der Server hat nicht innerhalb von %1 geantwortet.</translation>
    </message>
    <message>
        <source>The server took too long to answer (more than %1).</source>
        <translation>Der Server hat zu lange für die Antwort gebraucht (mehr als %1).</translation>
    </message>
    <message>
        <source>The connection to the server was closed before the answer was complete. Please try again.</source>
        <translation>Die Verbindung zum Server wurde geschlossen, bevor die Antwort vollständig war. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The secure connection to the server could not be established.</source>
        <translation>Die sichere Verbindung zum Server konnte nicht hergestellt werden.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified: %1</source>
        <translation>Das Zertifikat des Servers konnte nicht überprüft werden: %1</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed for this computer (localhost); use https://.</source>
        <translation>Unverschlüsseltes http:// ist nur für diesen Rechner (localhost) erlaubt; verwenden Sie https://.</translation>
    </message>
    <message>
        <source>The request was canceled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The username or password is wrong.</source>
        <translation>Benutzername oder Passwort ist falsch.</translation>
    </message>
    <message>
        <source>The saved credential is not a well-formed token, so it was not sent. Please sign in again.</source>
        <translation>Die gespeicherte Anmeldeinformation ist kein gültig aufgebautes Token und wurde daher nicht gesendet. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Your session has expired or the credential is no longer valid (expired, revoked or malformed). Please sign in again.</source>
        <translation>Ihre Sitzung ist abgelaufen oder die Anmeldeinformation ist nicht mehr gültig (abgelaufen, widerrufen oder fehlerhaft). Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The accesskey was not found. It may have been deleted or belong to another account.</source>
        <translation>Der Accesskey wurde nicht gefunden. Vielleicht wurde er gelöscht oder gehört zu einem anderen Konto.</translation>
    </message>
    <message>
        <source>This accesskey has already been deleted.</source>
        <translation>Dieser Accesskey wurde bereits gelöscht.</translation>
    </message>
    <message>
        <source>The server refused the request as invalid.</source>
        <translation>Der Server hat die Anfrage als ungültig abgelehnt.</translation>
    </message>
    <message>
        <source>The server refused the request: %1</source>
        <translation>Der Server hat die Anfrage abgelehnt: %1</translation>
    </message>
    <message>
        <source>Too many requests; try again in %1.</source>
        <translation>Zu viele Anfragen; versuchen Sie es in %1 erneut.</translation>
    </message>
    <message>
        <source>Too many requests; try again in a moment.</source>
        <translation>Zu viele Anfragen; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1). Please try again later.</source>
        <translation>Der Server hatte ein Problem (HTTP %1). Bitte versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The request was not sent because it is not valid.</source>
        <translation>Die Anfrage wurde nicht gesendet, weil sie ungültig ist.</translation>
    </message>
    <message>
        <source>The server sent a response too large for the app to accept.</source>
        <translation>Der Server hat eine Antwort gesendet, die zu groß ist, um angenommen zu werden.</translation>
    </message>
    <message>
        <source>The server kept sending more pages than the app accepts, so the list was stopped and may be incomplete.</source>
        <translation>Der Server hat mehr Seiten gesendet, als die Anwendung annimmt; die Liste wurde daher angehalten und ist möglicherweise unvollständig.</translation>
    </message>
    <message>
        <source>The server sent a page of the list it had already sent, so the list was stopped and may be incomplete.</source>
        <translation>Der Server hat eine bereits gesendete Seite der Liste erneut gesendet; die Liste wurde daher angehalten und ist möglicherweise unvollständig.</translation>
    </message>
    <message>
        <source>The server&apos;s sign-in answer did not contain a well-formed login token, so it was not used.</source>
        <translation>Die Anmeldeantwort des Servers enthielt kein gültig aufgebautes Anmeldetoken und wurde daher nicht verwendet.</translation>
    </message>
    <message>
        <source>The server sent a response the app could not read.</source>
        <translation>Der Server hat eine Antwort gesendet, die die Anwendung nicht lesen konnte.</translation>
    </message>
    <message>
        <source>The server did not answer within %1; the key may have been created.</source>
        <translation>Der Server hat nicht innerhalb von %1 geantwortet; der Schlüssel wurde möglicherweise erstellt.</translation>
    </message>
    <message>
        <source>The server took too long to answer (more than %1); the key may have been created.</source>
        <translation>Der Server hat zu lange für die Antwort gebraucht (mehr als %1); der Schlüssel wurde möglicherweise erstellt.</translation>
    </message>
    <message>
        <source>The connection broke before the server&apos;s answer arrived; the key may have been created.</source>
        <translation>Die Verbindung brach ab, bevor die Antwort des Servers ankam; der Schlüssel wurde möglicherweise erstellt.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read; the key may have been created.</source>
        <translation>Die Antwort des Servers konnte nicht gelesen werden; der Schlüssel wurde möglicherweise erstellt.</translation>
    </message>
    <message>
        <source>This account is frozen and scheduled for deletion. Recover it before managing accesskeys.</source>
        <translation>Dieses Konto ist eingefroren und zur Löschung vorgesehen. Stellen Sie es wieder her, bevor Sie Accesskeys verwalten.</translation>
    </message>
    <message>
        <source>This account has expired (its email address was never verified).</source>
        <translation>Dieses Konto ist abgelaufen (seine E-Mail-Adresse wurde nie bestätigt).</translation>
    </message>
    <message>
        <source>You do not have permission to do this. Managing accesskeys needs the admin permission; a manager account cannot do it.</source>
        <translation>Dazu fehlt Ihnen die Berechtigung. Für die Verwaltung von Accesskeys ist die Admin-Berechtigung nötig; ein Manager-Konto kann das nicht.</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>den Server</translation>
    </message>
    <message>
        <source>This account is frozen and will be deleted on %1 unless it is recovered before then. Nothing can be changed in it until it is recovered.</source>
        <translation>Dieses Konto ist eingefroren und wird am %1 gelöscht, wenn es nicht vorher wiederhergestellt wird. Bis zur Wiederherstellung kann darin nichts geändert werden.</translation>
    </message>
    <message>
        <source>This account is frozen and scheduled for deletion. Nothing can be changed in it until it is recovered.</source>
        <translation>Dieses Konto ist eingefroren und zur Löschung vorgesehen. Bis zur Wiederherstellung kann darin nichts geändert werden.</translation>
    </message>
    <message>
        <source>This account has expired because its email address was not verified in time, so it can no longer be used.</source>
        <translation>Dieses Konto ist abgelaufen, weil seine E-Mail-Adresse nicht rechtzeitig bestätigt wurde; es kann nicht mehr verwendet werden.</translation>
    </message>
    <message>
        <source>This needs a session signed in with a username and password; an accesskey cannot do it.</source>
        <translation>Dafür ist eine Sitzung nötig, die mit Benutzername und Passwort angemeldet ist; mit einem Accesskey geht das nicht.</translation>
    </message>
    <message>
        <source>The server refused the sign-up: an email address and accepting the terms of service are required.</source>
        <translation>Der Server hat die Registrierung abgelehnt: Eine E-Mail-Adresse und die Zustimmung zu den Nutzungsbedingungen sind erforderlich.</translation>
    </message>
    <message>
        <source>The code is wrong, or this sign-up has expired (a code is valid for one hour). Check the code in the email and try again.</source>
        <translation>Der Code ist falsch, oder diese Registrierung ist abgelaufen (ein Code gilt eine Stunde). Prüfen Sie den Code in der E-Mail und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Too many wrong codes were entered, so this sign-up can no longer be completed with a code. Open the verification link in the email instead: VoIPbin then sends a link to set a password.</source>
        <translation>Es wurden zu viele falsche Codes eingegeben, daher kann diese Registrierung nicht mehr mit einem Code abgeschlossen werden. Öffnen Sie stattdessen den Bestätigungslink in der E-Mail: VoIPbin sendet dann einen Link zum Festlegen eines Passworts.</translation>
    </message>
    <message>
        <source>This verification link is not valid: it may have expired (a link is valid for one hour) or been used already.</source>
        <translation>Dieser Bestätigungslink ist ungültig: Vielleicht ist er abgelaufen (ein Link gilt eine Stunde) oder wurde bereits verwendet.</translation>
    </message>
    <message>
        <source>The password was not set: the reset link may have expired (a link is valid for one hour) or been used already, or the password is too short (at least 8 characters).</source>
        <translation>Das Passwort wurde nicht festgelegt: Der Link zum Zurücksetzen ist vielleicht abgelaufen (ein Link gilt eine Stunde) oder wurde bereits verwendet, oder das Passwort ist zu kurz (mindestens 8 Zeichen).</translation>
    </message>
    <message numerus="yes">
        <source>%n minute</source>
        <comment>one</comment>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <comment>other</comment>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>The server&apos;s answer to the sign-up was lost, so the account may have been created without the app receiving its key. Check the inbox of the address: verifying it and setting a password reaches the account.</source>
        <translation>Die Antwort des Servers auf die Registrierung ging verloren; das Konto wurde also möglicherweise erstellt, ohne dass die Anwendung seinen Schlüssel erhalten hat. Sehen Sie im Posteingang der Adresse nach: Wenn Sie sie bestätigen und ein Passwort festlegen, gelangen Sie in das Konto.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change Password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Aktuelles Passwort:</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Aktuelles Passwort</translation>
    </message>
    <message>
        <source>Checked by signing in with it before anything is changed</source>
        <translation>Wird durch eine Anmeldung damit geprüft, bevor etwas geändert wird</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>At least 8 characters</source>
        <translation>Mindestens 8 Zeichen</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>Das neue Passwort wiederholen</translation>
    </message>
    <message>
        <source>The new password again, to catch a typo</source>
        <translation>Noch einmal das neue Passwort, um Tippfehler zu erkennen</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Change the password of %1 on %2. You stay signed in with the new password, and the session saved in your keychain is replaced by the new one.</source>
        <translation>Das Passwort von %1 auf %2 ändern. Sie bleiben mit dem neuen Passwort angemeldet, und die in Ihrem Schlüsselbund gespeicherte Sitzung wird durch die neue ersetzt.</translation>
    </message>
    <message>
        <source>Change the password of %1 on %2. You stay signed in with the new password.</source>
        <translation>Das Passwort von %1 auf %2 ändern. Sie bleiben mit dem neuen Passwort angemeldet.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Checking the current password…</source>
        <translation>Das aktuelle Passwort wird geprüft …</translation>
    </message>
    <message>
        <source>Changing the password…</source>
        <translation>Das Passwort wird geändert …</translation>
    </message>
    <message>
        <source>Signing in with the new password…</source>
        <translation>Anmeldung mit dem neuen Passwort …</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>&amp;Change Password</source>
        <translation>Passwort ä&amp;ndern</translation>
    </message>
    <message>
        <source>Change the password</source>
        <translation>Das Passwort ändern</translation>
    </message>
</context>
<context>
    <name>ChildProcess</name>
    <message>
        <source>%1: command not found.</source>
        <translation>%1: Befehl nicht gefunden.</translation>
    </message>
    <message>
        <source>%1: cannot be run (%2).</source>
        <translation>%1: kann nicht ausgeführt werden (%2).</translation>
    </message>
    <message>
        <source>Lost track of the command: %1</source>
        <translation>Der Befehl ging verloren: %1</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Name a verb.</source>
        <translation>Geben Sie ein Verb an.</translation>
    </message>
    <message>
        <source>“%1” is not a verb of vbkeys.</source>
        <translation>„%1“ ist kein Verb von vbkeys.</translation>
    </message>
    <message>
        <source>Usage: vbkeys VERB [options] [arguments]
VoIPbin accesskeys for scripts, CI jobs and agents, kept in the keychain the VoIPbin Keys window uses.

Verbs:
</source>
        <translation>Aufruf: vbkeys VERB [Optionen] [Argumente]
VoIPbin-Accesskeys für Skripte, CI-Jobs und Agenten, aufbewahrt im Schlüsselbund, den auch das Fenster von VoIPbin Keys verwendet.

Verben:
</translation>
    </message>
    <message>
        <source>
vbkeys VERB --help describes a verb. Secrets are read from the terminal without echo, or from stdin with a -stdin option; never from the command line.
Exit codes: 0 done, 1 failed, 2 usage, 3 not signed in, 4 keychain unavailable or locked, 5 refused by the server, 6 network, 7 no such profile, key or stored secret (see vbkeys(1)).
</source>
        <translation>
vbkeys VERB --help beschreibt ein Verb. Geheimnisse werden ohne Echo vom Terminal gelesen oder mit einer -stdin-Option von stdin, nie von der Befehlszeile.
Exit-Codes: 0 erledigt, 1 fehlgeschlagen, 2 Aufruf, 3 nicht angemeldet, 4 Schlüsselbund nicht verfügbar oder gesperrt, 5 vom Server abgelehnt, 6 Netzwerk, 7 kein solches Profil, kein solcher Schlüssel oder kein gespeichertes Geheimnis (siehe vbkeys(1)).
</translation>
    </message>
    <message>
        <source>Usage: vbkeys %1 [options]</source>
        <translation>Aufruf: vbkeys %1 [Optionen]</translation>
    </message>
</context>
<context>
    <name>CreateKeyDialog</name>
    <message>
        <source>Create Access Key</source>
        <translation>Accesskey erstellen</translation>
    </message>
    <message>
        <source>The new key can do everything your account can. The server shows its token only once, right after it is created.</source>
        <translation>Der neue Schlüssel kann alles, was Ihr Konto kann. Der Server zeigt sein Token nur einmal, direkt nach der Erstellung.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>A name that tells you where this key is used. Required.</source>
        <translation>Ein Name, an dem Sie erkennen, wo dieser Schlüssel verwendet wird. Erforderlich.</translation>
    </message>
    <message>
        <source>e.g. ci-deploy</source>
        <translation>z. B. ci-deploy</translation>
    </message>
    <message>
        <source>&amp;Detail:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>An optional note about this key.</source>
        <translation>Eine optionale Notiz zu diesem Schlüssel.</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>&amp;Lifetime:</source>
        <translation>&amp;Gültigkeitsdauer:</translation>
    </message>
    <message>
        <source>Lifetime</source>
        <translation>Gültigkeitsdauer</translation>
    </message>
    <message>
        <source>How long the key works before it expires. Choose a custom expiry date to pick the day yourself.</source>
        <translation>Wie lange der Schlüssel funktioniert, bevor er abläuft. Wählen Sie ein eigenes Ablaufdatum, um den Tag selbst festzulegen.</translation>
    </message>
    <message>
        <source>&amp;Expires on:</source>
        <translation>&amp;Läuft ab am:</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Ablaufdatum</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 Tage</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 Tage</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 Jahr</translation>
    </message>
    <message>
        <source>Custom expiry date…</source>
        <translation>Eigenes Ablaufdatum …</translation>
    </message>
    <message>
        <source>Input problem</source>
        <translation>Eingabeproblem</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Asks the server to create the key</source>
        <translation>Bittet den Server, den Schlüssel zu erstellen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Give the key a name.</source>
        <translation>Geben Sie dem Schlüssel einen Namen.</translation>
    </message>
    <message>
        <source>The expiry date must be at least one day from now.</source>
        <translation>Das Ablaufdatum muss mindestens einen Tag in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>The expiry date can be at most %1 days from now.</source>
        <translation>Das Ablaufdatum darf höchstens %1 Tage in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>Creating the key…</source>
        <translation>Schlüssel wird erstellt …</translation>
    </message>
    <message>
        <source>The key will expire on %1 at %2.</source>
        <translation>Der Schlüssel läuft am %1 um %2 ab.</translation>
    </message>
    <message>
        <source>The day the key stops working, typed as year-month-day or chosen from the calendar with Alt+Down. At least tomorrow. Only used with a custom expiry date.</source>
        <translation>Der Tag, an dem der Schlüssel aufhört zu funktionieren, eingegeben als Jahr-Monat-Tag oder mit Alt+Unten aus dem Kalender gewählt. Frühestens morgen. Nur bei einem eigenen Ablaufdatum verwendet.</translation>
    </message>
</context>
<context>
    <name>CreateVerb</name>
    <message>
        <source>Create a key and store its secret in the keychain.</source>
        <translation>Einen Schlüssel erstellen und sein Geheimnis im Schlüsselbund speichern.</translation>
    </message>
    <message>
        <source>A description of the key.</source>
        <translation>Eine Beschreibung des Schlüssels.</translation>
    </message>
    <message>
        <source>30d, 90d, 1y or YYYY-MM-DD (default: %1).</source>
        <translation>30d, 90d, 1y oder JJJJ-MM-TT (Standard: %1).</translation>
    </message>
    <message>
        <source>Print JSON (see vbkeys(1)).</source>
        <translation>JSON ausgeben (siehe vbkeys(1)).</translation>
    </message>
    <message>
        <source>Print the secret too (it is in the keychain either way).</source>
        <translation>Auch das Geheimnis ausgeben (im Schlüsselbund ist es in jedem Fall).</translation>
    </message>
    <message>
        <source>The key&apos;s name.</source>
        <translation>Der Name des Schlüssels.</translation>
    </message>
    <message>
        <source>create: name the key: vbkeys create NAME.</source>
        <translation>create: Geben Sie dem Schlüssel einen Namen: vbkeys create NAME.</translation>
    </message>
    <message>
        <source>Created key %1 “%2” (%3).</source>
        <translation>Schlüssel %1 „%2“ erstellt (%3).</translation>
    </message>
    <message>
        <source>The key %1 was created, but its secret could not be stored: %2 Its secret is shown only once: run vbkeys create again with --reveal once the keychain works, and revoke this one (vbkeys revoke %1).</source>
        <translation>Der Schlüssel %1 wurde erstellt, aber sein Geheimnis konnte nicht gespeichert werden: %2 Sein Geheimnis wird nur einmal gezeigt: Führen Sie vbkeys create erneut mit --reveal aus, sobald der Schlüsselbund funktioniert, und widerrufen Sie diesen (vbkeys revoke %1).</translation>
    </message>
    <message>
        <source>The server&apos;s answer to the create was lost, and the keys could not be listed to see whether it made one: %1 Check with vbkeys list before creating it again.</source>
        <translation>Die Antwort des Servers auf das Erstellen ging verloren, und die Schlüssel konnten nicht aufgelistet werden, um zu sehen, ob einer erstellt wurde: %1 Prüfen Sie mit vbkeys list, bevor Sie ihn erneut erstellen.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was lost and no key was made. Please try again.</source>
        <translation>Die Antwort des Servers ging verloren, und es wurde kein Schlüssel erstellt. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was lost, but it made the key %1; its secret, shown only in that answer, cannot be had. Revoke it (vbkeys revoke %1) and create another.</source>
        <translation>Die Antwort des Servers ging verloren, aber er hat den Schlüssel %1 erstellt; sein Geheimnis, das nur in dieser Antwort stand, ist nicht mehr zu bekommen. Widerrufen Sie ihn (vbkeys revoke %1) und erstellen Sie einen neuen.</translation>
    </message>
</context>
<context>
    <name>Credential</name>
    <message>
        <source>The login token is too long to be a real one.</source>
        <translation>Das Anmeldetoken ist zu lang, um echt zu sein.</translation>
    </message>
    <message>
        <source>The login token is not a JWT (three parts of letters, digits, - and _, separated by dots).</source>
        <translation>Das Anmeldetoken ist kein JWT (drei Teile aus Buchstaben, Ziffern, - und _, durch Punkte getrennt).</translation>
    </message>
    <message>
        <source>The accesskey is too long to be a real one.</source>
        <translation>Der Accesskey ist zu lang, um echt zu sein.</translation>
    </message>
    <message>
        <source>This is a login token (JWT), not an accesskey.</source>
        <translation>Das ist ein Anmeldetoken (JWT), kein Accesskey.</translation>
    </message>
    <message>
        <source>An accesskey has only letters, digits, - and _ (for example vb_ followed by 32 of them).</source>
        <translation>Ein Accesskey besteht nur aus Buchstaben, Ziffern, - und _ (zum Beispiel vb_ gefolgt von 32 davon).</translation>
    </message>
    <message>
        <source>There is no credential.</source>
        <translation>Es gibt keine Anmeldeinformation.</translation>
    </message>
    <message>
        <source>The login token is empty.</source>
        <translation>Das Anmeldetoken ist leer.</translation>
    </message>
    <message>
        <source>The accesskey is empty.</source>
        <translation>Der Accesskey ist leer.</translation>
    </message>
    <message>
        <source>The login token contains spaces or line breaks, which a token never has.</source>
        <translation>Das Anmeldetoken enthält Leerzeichen oder Zeilenumbrüche, die ein Token nie enthält.</translation>
    </message>
    <message>
        <source>The accesskey contains spaces or line breaks, which a key never has.</source>
        <translation>Der Accesskey enthält Leerzeichen oder Zeilenumbrüche, die ein Schlüssel nie enthält.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>jjjj-mm-tt</translation>
    </message>
    <message>
        <source>Choose from a calendar</source>
        <translation>Aus einem Kalender wählen</translation>
    </message>
    <message>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>Aus einem Kalender wählen (Alt+Unten)</translation>
    </message>
    <message>
        <source>Type the expiry date as year-month-day, for example %1.</source>
        <translation>Geben Sie das Ablaufdatum als Jahr-Monat-Tag ein, zum Beispiel %1.</translation>
    </message>
    <message>
        <source>“%1” is not a date as year-month-day, for example %2.</source>
        <translation>„%1“ ist kein Datum als Jahr-Monat-Tag, wie zum Beispiel %2.</translation>
    </message>
    <message>
        <source>There is no day “%1” in the calendar.</source>
        <translation>Den Tag „%1“ gibt es im Kalender nicht.</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
</context>
<context>
    <name>DesktopNotifier</name>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
</context>
<context>
    <name>EditKeyDialog</name>
    <message>
        <source>Edit Access Key</source>
        <translation>Accesskey bearbeiten</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>The key&apos;s new name. Required.</source>
        <translation>Der neue Name des Schlüssels. Erforderlich.</translation>
    </message>
    <message>
        <source>&amp;Detail:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>The key&apos;s new detail. Left empty, the detail is removed.</source>
        <translation>Die neue Beschreibung des Schlüssels. Bleibt sie leer, wird die Beschreibung entfernt.</translation>
    </message>
    <message>
        <source>Saving replaces both the name and the detail on the server: an empty field clears that value. The token and the expiry date cannot be changed.</source>
        <translation>Beim Speichern werden Name und Beschreibung auf dem Server ersetzt: Ein leeres Feld löscht den Wert. Token und Ablaufdatum können nicht geändert werden.</translation>
    </message>
    <message>
        <source>Key id %1</source>
        <translation>Schlüssel-ID %1</translation>
    </message>
    <message>
        <source>Key prefix %1</source>
        <translation>Schlüsselpräfix %1</translation>
    </message>
    <message>
        <source>%1: identifies the key without revealing its secret, which is not shown again</source>
        <translation>%1: kennzeichnet den Schlüssel, ohne sein Geheimnis preiszugeben, das nicht erneut angezeigt wird</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Replaces the key&apos;s name and detail on the server</source>
        <translation>Ersetzt Name und Beschreibung des Schlüssels auf dem Server</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>The key needs a name.</source>
        <translation>Der Schlüssel braucht einen Namen.</translation>
    </message>
</context>
<context>
    <name>ExecVerb</name>
    <message>
        <source>Run a command with a key in its environment.</source>
        <translation>Einen Befehl mit einem Schlüssel in seiner Umgebung ausführen.</translation>
    </message>
    <message>
        <source>The key&apos;s id, name or prefix (default: the profile&apos;s accesskey).</source>
        <translation>ID, Name oder Präfix des Schlüssels (Standard: der Accesskey des Profils).</translation>
    </message>
    <message>
        <source>Put the key in this variable instead of VOIPBIN_ACCESSKEY, VN_ACCESS_KEY and VOIPBIN_API_KEY (repeatable).</source>
        <translation>Den Schlüssel in diese Variable legen statt in VOIPBIN_ACCESSKEY, VN_ACCESS_KEY und VOIPBIN_API_KEY (wiederholbar).</translation>
    </message>
    <message>
        <source>The command and its arguments.</source>
        <translation>Der Befehl und seine Argumente.</translation>
    </message>
    <message>
        <source>exec: name the command to run: vbkeys exec -- COMMAND [ARGUMENTS].</source>
        <translation>exec: Geben Sie den auszuführenden Befehl an: vbkeys exec -- BEFEHL [ARGUMENTE].</translation>
    </message>
    <message>
        <source>exec: this already runs inside vbkeys exec; a second one would replace the key the first one gave. Run the command directly.</source>
        <translation>exec: Dies läuft bereits innerhalb von vbkeys exec; ein zweites würde den Schlüssel des ersten ersetzen. Führen Sie den Befehl direkt aus.</translation>
    </message>
    <message>
        <source>exec: “%1” cannot name an environment variable.</source>
        <translation>exec: „%1“ kann keine Umgebungsvariable benennen.</translation>
    </message>
</context>
<context>
    <name>ExpiryReminder</name>
    <message>
        <source>Access key “%1” expires %2</source>
        <extracomment>%1 is the key&apos;s name, %2 a moment from now: &quot;in 3 days&quot;</extracomment>
        <translation>Accesskey „%1“ läuft %2 ab</translation>
    </message>
    <message>
        <source>Its secret is stored on this computer (%1). Replace the key before it expires, or programs using it will stop working.</source>
        <extracomment>%1 says where: &quot;profile Work on api.voipbin.net&quot;</extracomment>
        <translation>Sein Geheimnis ist auf diesem Rechner gespeichert (%1). Ersetzen Sie den Schlüssel, bevor er abläuft, sonst funktionieren Programme, die ihn verwenden, nicht mehr.</translation>
    </message>
    <message>
        <source>Your VoIPbin session ends %1</source>
        <extracomment>%1 is a moment from now: &quot;in 5 hours&quot;</extracomment>
        <translation>Ihre VoIPbin-Sitzung endet %1</translation>
    </message>
    <message>
        <source>The access key you signed in with expires then (%1). Sign in with another key before it does.</source>
        <translation>Der Accesskey, mit dem Sie angemeldet sind, läuft dann ab (%1). Melden Sie sich vorher mit einem anderen Schlüssel an.</translation>
    </message>
    <message>
        <source>You will need to sign in again then (%1).</source>
        <translation>Sie müssen sich dann erneut anmelden (%1).</translation>
    </message>
    <message>
        <source>profile %1 on %2</source>
        <extracomment>%1 is the profile&apos;s name, %2 the server&apos;s host name</extracomment>
        <translation>Profil %1 auf %2</translation>
    </message>
</context>
<context>
    <name>ExpirySpec</name>
    <message>
        <source>--expires takes 30d, 90d, 1y (any number of days or years) or a date YYYY-MM-DD.</source>
        <translation>--expires nimmt 30d, 90d, 1y (beliebig viele Tage oder Jahre) oder ein Datum JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>A key must live at least a day and at most about 68 years (the server&apos;s limits).</source>
        <translation>Ein Schlüssel muss mindestens einen Tag und höchstens etwa 68 Jahre gültig sein (die Grenzen des Servers).</translation>
    </message>
</context>
<context>
    <name>ForgotPasswordDialog</name>
    <message>
        <source>Forgot Password</source>
        <translation>Passwort vergessen</translation>
    </message>
    <message>
        <source>&amp;Email or username:</source>
        <translation>&amp;E-Mail oder Benutzername:</translation>
    </message>
    <message>
        <source>Email or username</source>
        <translation>E-Mail oder Benutzername</translation>
    </message>
    <message>
        <source>The account&apos;s username; for an account created in the app, its email address</source>
        <translation>Der Benutzername des Kontos; bei einem in der Anwendung erstellten Konto seine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>VoIPbin can email you a link to set a new password for your account on %1.</source>
        <translation>VoIPbin kann Ihnen per E-Mail einen Link senden, um ein neues Passwort für Ihr Konto auf %1 festzulegen.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>That server address cannot be used.</source>
        <translation>Diese Serveradresse kann nicht verwendet werden.</translation>
    </message>
    <message>
        <source>If an account exists for %1, VoIPbin has emailed it a link to set a new password. The link is valid for one hour. When it arrives, choose &quot;Enter Link…&quot; and paste it.</source>
        <translation>Falls es ein Konto für %1 gibt, hat VoIPbin ihm per E-Mail einen Link zum Festlegen eines neuen Passworts gesendet. Der Link gilt eine Stunde. Wenn er ankommt, wählen Sie „Link eingeben …“ und fügen ihn ein.</translation>
    </message>
    <message>
        <source>&amp;Enter Link…</source>
        <translation>&amp;Link eingeben …</translation>
    </message>
    <message>
        <source>&amp;Send Email</source>
        <translation>E-Mail &amp;senden</translation>
    </message>
    <message>
        <source>Enter the link from the email</source>
        <translation>Den Link aus der E-Mail eingeben</translation>
    </message>
    <message>
        <source>Send the email</source>
        <translation>Die E-Mail senden</translation>
    </message>
</context>
<context>
    <name>ImportVnVerb</name>
    <message>
        <source>Move the vn CLI&apos;s plaintext accesskeys into profiles and the keychain.</source>
        <translation>Die im Klartext gespeicherten Accesskeys der vn-CLI in Profile und den Schlüsselbund übernehmen.</translation>
    </message>
    <message>
        <source>vn&apos;s configuration (default: ~/.vn/config.yaml).</source>
        <translation>Die Konfiguration von vn (Standard: ~/.vn/config.yaml).</translation>
    </message>
    <message>
        <source>Once every key is stored, blank the keys in vn&apos;s file (vn then runs as vbkeys exec -- vn …).</source>
        <translation>Sobald jeder Schlüssel gespeichert ist, die Schlüssel in der Datei von vn leeren (vn läuft dann als vbkeys exec -- vn …).</translation>
    </message>
    <message>
        <source>vn profile “%1” → profile “%2” on %3 (customer %4): key stored in the keychain.</source>
        <translation>vn-Profil „%1“ → Profil „%2“ auf %3 (Kunde %4): Schlüssel im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>%1 holds no accesskey to import.</source>
        <translation>%1 enthält keinen Accesskey zum Übernehmen.</translation>
    </message>
    <message>
        <source>%1 was left unchanged: not every key in it is stored here.</source>
        <translation>%1 blieb unverändert: Nicht jeder Schlüssel darin ist hier gespeichert.</translation>
    </message>
    <message>
        <source>The keys in %1 are blank now; run vn as vbkeys exec --profile NAME -- vn ….</source>
        <translation>Die Schlüssel in %1 sind jetzt leer; führen Sie vn als vbkeys exec --profile NAME -- vn … aus.</translation>
    </message>
    <message>
        <source>vn profile “%1” was not imported: %2</source>
        <translation>vn-Profil „%1“ wurde nicht übernommen: %2</translation>
    </message>
</context>
<context>
    <name>KeyResolver</name>
    <message>
        <source>This account has no key with the id, prefix or name “%1” (vbkeys list shows them).</source>
        <translation>Dieses Konto hat keinen Schlüssel mit der ID, dem Präfix oder dem Namen „%1“ (vbkeys list zeigt sie).</translation>
    </message>
    <message numerus="yes">
        <source>%n keys are named “%1”; name one by its id: %2</source>
        <translation>
            <numerusform>%n Schlüssel heißt „%1“; geben Sie einen über seine ID an: %2</numerusform>
            <numerusform>%n Schlüssel heißen „%1“; geben Sie einen über seine ID an: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyRotation</name>
    <message numerus="yes">
        <source>The new key could not be created after %n attempt(s), so the old key is kept and still works. Try again later.</source>
        <translation>
            <numerusform>Der neue Schlüssel konnte nach %n Versuch nicht erstellt werden; der alte Schlüssel bleibt daher und funktioniert weiter. Versuchen Sie es später erneut.</numerusform>
            <numerusform>Der neue Schlüssel konnte nach %n Versuchen nicht erstellt werden; der alte Schlüssel bleibt daher und funktioniert weiter. Versuchen Sie es später erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Creating the new key…</source>
        <translation>Der neue Schlüssel wird erstellt …</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again and the replacement carries on; the old key still works.</source>
        <translation>Ihre Sitzung ist beendet. Melden Sie sich erneut an, dann geht der Austausch weiter; der alte Schlüssel funktioniert weiterhin.</translation>
    </message>
    <message>
        <source>The new key could not be created, so the old key is kept and still works. %1</source>
        <translation>Der neue Schlüssel konnte nicht erstellt werden; der alte Schlüssel bleibt daher und funktioniert weiter. %1</translation>
    </message>
    <message>
        <source>The server&apos;s answer was lost. Checking whether the new key was created…</source>
        <translation>Die Antwort des Servers ging verloren. Es wird geprüft, ob der neue Schlüssel erstellt wurde …</translation>
    </message>
    <message>
        <source>The server&apos;s answer was lost and the keys could not be checked, so the replacement waits; the old key still works. %1</source>
        <translation>Die Antwort des Servers ging verloren, und die Schlüssel konnten nicht geprüft werden; der Austausch wartet daher, der alte Schlüssel funktioniert weiterhin. %1</translation>
    </message>
    <message>
        <source>Storing the new key in this computer&apos;s keychain…</source>
        <translation>Der neue Schlüssel wird im Schlüsselbund dieses Rechners gespeichert …</translation>
    </message>
    <message>
        <source>Waiting for the keychain; it may be asking you to unlock it.</source>
        <translation>Warten auf den Schlüsselbund; vielleicht fragt er Sie, ihn zu entsperren.</translation>
    </message>
    <message>
        <source>The keychain did not store the new key, so the old key is kept and still works; the new key is revoked, since nothing holds its secret. %1</source>
        <translation>Der Schlüsselbund hat den neuen Schlüssel nicht gespeichert; der alte Schlüssel bleibt daher und funktioniert weiter, der neue wird widerrufen, da niemand sein Geheimnis hat. %1</translation>
    </message>
    <message>
        <source>Reading the new key from this computer&apos;s keychain…</source>
        <translation>Der neue Schlüssel wird aus dem Schlüsselbund dieses Rechners gelesen …</translation>
    </message>
    <message>
        <source>The new key could not be read from the keychain, so the replacement waits; the old key still works. %1</source>
        <translation>Der neue Schlüssel konnte nicht aus dem Schlüsselbund gelesen werden; der Austausch wartet daher, der alte Schlüssel funktioniert weiterhin. %1</translation>
    </message>
    <message>
        <source>Checking that the new key works…</source>
        <translation>Es wird geprüft, ob der neue Schlüssel funktioniert …</translation>
    </message>
    <message>
        <source>The new key was created and stored, but the server does not accept it, so it is revoked and the old key is kept. %1</source>
        <translation>Der neue Schlüssel wurde erstellt und gespeichert, aber der Server nimmt ihn nicht an; er wird daher widerrufen, und der alte Schlüssel bleibt. %1</translation>
    </message>
    <message>
        <source>The new key is stored, but whether it works could not be checked, so the old key is kept for now. %1</source>
        <translation>Der neue Schlüssel ist gespeichert, aber ob er funktioniert, konnte nicht geprüft werden; der alte Schlüssel bleibt daher vorerst. %1</translation>
    </message>
    <message>
        <source>Revoking the old key…</source>
        <translation>Der alte Schlüssel wird widerrufen …</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again and the old key will be revoked.</source>
        <translation>Ihre Sitzung ist beendet. Melden Sie sich erneut an, dann wird der alte Schlüssel widerrufen.</translation>
    </message>
    <message>
        <source>The old key could not be revoked yet; it is tried again in a minute. %1</source>
        <translation>Der alte Schlüssel konnte noch nicht widerrufen werden; in einer Minute wird es erneut versucht. %1</translation>
    </message>
    <message>
        <source>The replacement stopped before the new key could be used, so the new key was revoked and the old key is kept.</source>
        <translation>Der Austausch wurde beendet, bevor der neue Schlüssel verwendet werden konnte; der neue Schlüssel wurde daher widerrufen, und der alte bleibt.</translation>
    </message>
    <message>
        <source>Revoking a new key whose secret was lost…</source>
        <translation>Ein neuer Schlüssel, dessen Geheimnis verloren ist, wird widerrufen …</translation>
    </message>
    <message>
        <source>A new key whose secret was lost could not be revoked yet; the old key still works. %1</source>
        <translation>Ein neuer Schlüssel, dessen Geheimnis verloren ist, konnte noch nicht widerrufen werden; der alte Schlüssel funktioniert weiterhin. %1</translation>
    </message>
    <message>
        <source>Signing this session in with the new key…</source>
        <translation>Diese Sitzung wird mit dem neuen Schlüssel angemeldet …</translation>
    </message>
</context>
<context>
    <name>KeysPage</name>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Name, detail or key prefix (Ctrl+F)</source>
        <translation>Name, Beschreibung oder Schlüsselpräfix (Strg+F)</translation>
    </message>
    <message>
        <source>Filter accesskeys</source>
        <translation>Accesskeys filtern</translation>
    </message>
    <message>
        <source>Shows only keys whose name, detail or prefix contains this text</source>
        <translation>Zeigt nur Schlüssel, deren Name, Beschreibung oder Präfix diesen Text enthält</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Accesskeys</source>
        <translation>Accesskeys</translation>
    </message>
    <message>
        <source>The accesskeys of this account. Enter or F2 edits, Delete revokes, Ctrl+C copies.</source>
        <translation>Die Accesskeys dieses Kontos. Eingabe oder F2 bearbeitet, Entf widerruft, Strg+C kopiert.</translation>
    </message>
    <message>
        <source>No accesskeys</source>
        <translation>Keine Accesskeys</translation>
    </message>
    <message>
        <source>Loading accesskeys</source>
        <translation>Accesskeys werden geladen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;New key…</source>
        <translation>&amp;Neuer Schlüssel …</translation>
    </message>
    <message>
        <source>Create a new accesskey</source>
        <translation>Einen neuen Accesskey erstellen</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>Change the name and detail of the selected key</source>
        <translation>Name und Beschreibung des ausgewählten Schlüssels ändern</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Widerrufen …</translation>
    </message>
    <message>
        <source>Revoke the selected key on the server</source>
        <translation>Den ausgewählten Schlüssel auf dem Server widerrufen</translation>
    </message>
    <message>
        <source>&amp;Copy key</source>
        <translation>Schlüssel &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the selected key&apos;s secret; the clipboard is cleared later</source>
        <translation>Das Geheimnis des ausgewählten Schlüssels kopieren; die Zwischenablage wird später geleert</translation>
    </message>
    <message>
        <source>Copy &amp;prefix</source>
        <translation>&amp;Präfix kopieren</translation>
    </message>
    <message>
        <source>Copy the selected key&apos;s prefix, which is not secret</source>
        <translation>Das Präfix des ausgewählten Schlüssels kopieren, das nicht geheim ist</translation>
    </message>
    <message>
        <source>Copy c&amp;url example</source>
        <translation>c&amp;url-Beispiel kopieren</translation>
    </message>
    <message>
        <source>Copy a curl command that lists the accesskeys with this key</source>
        <translation>Einen curl-Befehl kopieren, der mit diesem Schlüssel die Accesskeys auflistet</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Load the accesskeys again</source>
        <translation>Die Accesskeys erneut laden</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <source>Filter the keys by name, detail or prefix</source>
        <translation>Die Schlüssel nach Name, Beschreibung oder Präfix filtern</translation>
    </message>
    <message>
        <source>Loaded %1 of ? pages (%2 keys)</source>
        <translation>%1 von ? Seiten geladen (%2 Schlüssel)</translation>
    </message>
    <message>
        <source>The accesskeys could not be loaded. %1</source>
        <translation>Die Accesskeys konnten nicht geladen werden. %1</translation>
    </message>
    <message>
        <source>No accesskeys to show.</source>
        <translation>Keine Accesskeys anzuzeigen.</translation>
    </message>
    <message>
        <source>No accesskeys yet. Press Ctrl+N to create one.</source>
        <translation>Noch keine Accesskeys. Drücken Sie Strg+N, um einen zu erstellen.</translation>
    </message>
    <message>
        <source>No key matches &quot;%1&quot;.</source>
        <translation>Kein Schlüssel passt zu „%1“.</translation>
    </message>
    <message>
        <source>Loading accesskeys…</source>
        <translation>Accesskeys werden geladen …</translation>
    </message>
    <message numerus="yes">
        <source>%n accesskey</source>
        <comment>one</comment>
        <translation>
            <numerusform>%n Accesskey</numerusform>
            <numerusform>%n Accesskeys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accesskeys</source>
        <comment>other</comment>
        <translation>
            <numerusform>%n Accesskey</numerusform>
            <numerusform>%n Accesskeys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n accesskey</source>
        <comment>one</comment>
        <translation>
            <numerusform>%1 von %n Accesskey</numerusform>
            <numerusform>%1 von %n Accesskeys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n accesskeys</source>
        <comment>other</comment>
        <translation>
            <numerusform>%1 von %n Accesskey</numerusform>
            <numerusform>%1 von %n Accesskeys</numerusform>
        </translation>
    </message>
    <message>
        <source>Re&amp;place key…</source>
        <translation>Schlüssel &amp;ersetzen …</translation>
    </message>
    <message>
        <source>Make a new key in the selected key&apos;s place, then revoke the old one</source>
        <translation>Einen neuen Schlüssel an die Stelle des ausgewählten setzen und dann den alten widerrufen</translation>
    </message>
</context>
<context>
    <name>ListVerb</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (abgelaufen)</translation>
    </message>
    <message>
        <source>List the account&apos;s keys, their expiry and whether their secret is stored here.</source>
        <translation>Die Schlüssel des Kontos auflisten, ihren Ablauf und ob ihr Geheimnis hier gespeichert ist.</translation>
    </message>
    <message>
        <source>Print JSON (see vbkeys(1)).</source>
        <translation>JSON ausgeben (siehe vbkeys(1)).</translation>
    </message>
    <message>
        <source>Only keys that expire within DAYS days, or have expired.</source>
        <translation>Nur Schlüssel, die innerhalb von DAYS Tagen ablaufen oder abgelaufen sind.</translation>
    </message>
    <message>
        <source>list: --expiring takes a number of days.</source>
        <translation>list: --expiring nimmt eine Anzahl von Tagen.</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>gespeichert</translation>
    </message>
    <message>
        <source>not stored</source>
        <translation>nicht gespeichert</translation>
    </message>
    <message>
        <source>  (this profile signs in with it)</source>
        <translation>  (dieses Profil meldet sich damit an)</translation>
    </message>
</context>
<context>
    <name>LocalSandbox</name>
    <message>
        <source>The local sandbox is not installed (the program voipbin-sandbox was not found).</source>
        <translation>Die lokale Sandbox ist nicht installiert (das Programm voipbin-sandbox wurde nicht gefunden).</translation>
    </message>
    <message>
        <source>The local sandbox could not start: %1</source>
        <translation>Die lokale Sandbox konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>The local sandbox stopped before it was ready.</source>
        <translation>Die lokale Sandbox wurde beendet, bevor sie bereit war.</translation>
    </message>
    <message>
        <source>The local sandbox did not start within %1 seconds.</source>
        <translation>Die lokale Sandbox ist nicht innerhalb von %1 Sekunden gestartet.</translation>
    </message>
    <message>
        <source>The local sandbox did not say where it listens.</source>
        <translation>Die lokale Sandbox hat nicht mitgeteilt, wo sie lauscht.</translation>
    </message>
    <message>
        <source>The local sandbox&apos;s certificate could not be read.</source>
        <translation>Das Zertifikat der lokalen Sandbox konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>LockedPage</name>
    <message>
        <source>VoIPbin Keys is locked</source>
        <translation>VoIPbin Keys ist gesperrt</translation>
    </message>
    <message>
        <source>Nothing of your accounts is kept while the app is locked. Unlock to sign in again: remembered sessions come back from the keychain, others ask for the password.</source>
        <translation>Solange die Anwendung gesperrt ist, wird nichts von Ihren Konten aufbewahrt. Entsperren Sie sie, um sich erneut anzumelden: Gespeicherte Sitzungen kommen aus dem Schlüsselbund zurück, andere fragen nach dem Passwort.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Why the window is empty</source>
        <translation>Warum das Fenster leer ist</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Signs in again to the profiles that were open</source>
        <translation>Meldet die Profile, die offen waren, erneut an</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>LoginVerb</name>
    <message>
        <source>Sign a profile in and keep its session in the keychain.</source>
        <translation>Ein Profil anmelden und seine Sitzung im Schlüsselbund aufbewahren.</translation>
    </message>
    <message>
        <source>The profile to sign in (made when there is none of that name).</source>
        <translation>Das anzumeldende Profil (wird angelegt, wenn es keines mit diesem Namen gibt).</translation>
    </message>
    <message>
        <source>The server&apos;s address (default: https://api.voipbin.net).</source>
        <translation>Die Adresse des Servers (Standard: https://api.voipbin.net).</translation>
    </message>
    <message>
        <source>Sign in as this user with a password.</source>
        <translation>Als dieser Benutzer mit einem Passwort anmelden.</translation>
    </message>
    <message>
        <source>Sign in with an accesskey.</source>
        <translation>Mit einem Accesskey anmelden.</translation>
    </message>
    <message>
        <source>Read the password from the first line of stdin.</source>
        <translation>Das Passwort aus der ersten Zeile von stdin lesen.</translation>
    </message>
    <message>
        <source>Read the accesskey from the first line of stdin.</source>
        <translation>Den Accesskey aus der ersten Zeile von stdin lesen.</translation>
    </message>
    <message>
        <source>login: give either --username USER or --accesskey.</source>
        <translation>login: Geben Sie entweder --username BENUTZER oder --accesskey an.</translation>
    </message>
    <message>
        <source>login: --password-stdin goes with --username, --accesskey-stdin with --accesskey.</source>
        <translation>login: --password-stdin gehört zu --username, --accesskey-stdin zu --accesskey.</translation>
    </message>
    <message>
        <source>There is no terminal to ask for the accesskey: pipe it in with --accesskey-stdin.</source>
        <translation>Es gibt kein Terminal, um nach dem Accesskey zu fragen: Leiten Sie ihn mit --accesskey-stdin ein.</translation>
    </message>
    <message>
        <source>There is no terminal to ask for the password: pipe it in with --password-stdin.</source>
        <translation>Es gibt kein Terminal, um nach dem Passwort zu fragen: Leiten Sie es mit --password-stdin ein.</translation>
    </message>
    <message>
        <source>Accesskey: </source>
        <translation>Accesskey: </translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Passwort: </translation>
    </message>
    <message>
        <source>an accesskey</source>
        <translation>einem Accesskey</translation>
    </message>
    <message>
        <source>Signed in to %1 with %2 (customer %3). Profile “%4” is the default now.</source>
        <translation>Bei %1 mit %2 angemeldet (Kunde %3). Das Profil „%4“ ist jetzt der Standard.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>VoIPbin Keys</source>
        <translation>VoIPbin Keys</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>Prefere&amp;nces…</source>
        <translation>E&amp;instellungen …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Handbuch</translation>
    </message>
    <message>
        <source>Open the VoIPbin Keys user guide in the browser</source>
        <translation>Das Handbuch von VoIPbin Keys im Browser öffnen</translation>
    </message>
    <message>
        <source>&amp;About VoIPbin Keys</source>
        <translation>&amp;Über VoIPbin Keys</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation>&amp;Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Sign this profile out and forget its remembered session</source>
        <translation>Dieses Profil abmelden und seine gespeicherte Sitzung vergessen</translation>
    </message>
    <message>
        <source>&amp;New profile…</source>
        <translation>Neues &amp;Profil …</translation>
    </message>
    <message>
        <source>Add a profile: another account or server, side by side with this one</source>
        <translation>Ein Profil hinzufügen: ein anderes Konto oder ein anderer Server, neben diesem</translation>
    </message>
    <message>
        <source>Rena&amp;me profile…</source>
        <translation>Profil u&amp;mbenennen …</translation>
    </message>
    <message>
        <source>Give the current profile another name</source>
        <translation>Dem aktuellen Profil einen anderen Namen geben</translation>
    </message>
    <message>
        <source>&amp;Duplicate profile</source>
        <translation>Profil &amp;duplizieren</translation>
    </message>
    <message>
        <source>A copy of the current profile that signs in on its own</source>
        <translation>Eine Kopie des aktuellen Profils, die sich eigenständig anmeldet</translation>
    </message>
    <message>
        <source>Remo&amp;ve profile…</source>
        <translation>Profil ent&amp;fernen …</translation>
    </message>
    <message>
        <source>Remove the current profile and what it keeps in the keychain</source>
        <translation>Das aktuelle Profil entfernen und was es im Schlüsselbund aufbewahrt</translation>
    </message>
    <message>
        <source>&amp;Next profile</source>
        <translation>&amp;Nächstes Profil</translation>
    </message>
    <message>
        <source>&amp;Previous profile</source>
        <translation>&amp;Vorheriges Profil</translation>
    </message>
    <message>
        <source>Profile %1</source>
        <translation>Profil %1</translation>
    </message>
    <message>
        <source>%1 (%2) - VoIPbin Keys</source>
        <translation>%1 (%2) – VoIPbin Keys</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>Remove the profile “%1” on %2?</source>
        <translation>Das Profil „%1“ auf %2 entfernen?</translation>
    </message>
    <message>
        <source>It keeps nothing in the keychain.</source>
        <translation>Es bewahrt nichts im Schlüsselbund auf.</translation>
    </message>
    <message>
        <source>These keychain entries will be deleted:</source>
        <translation>Diese Einträge im Schlüsselbund werden gelöscht:</translation>
    </message>
    <message>
        <source>These stay, because another profile uses them:</source>
        <translation>Diese bleiben, weil ein anderes Profil sie verwendet:</translation>
    </message>
    <message>
        <source>The keys themselves stay on the server.</source>
        <translation>Die Schlüssel selbst bleiben auf dem Server.</translation>
    </message>
    <message>
        <source>Remove Profile</source>
        <translation>Profil entfernen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Behalten</translation>
    </message>
    <message>
        <source>Profile removed.</source>
        <translation>Profil entfernt.</translation>
    </message>
    <message>
        <source>Change &amp;Password…</source>
        <translation>Passwort ä&amp;ndern …</translation>
    </message>
    <message>
        <source>Change the password of the account this profile is signed in to</source>
        <translation>Das Passwort des Kontos ändern, bei dem dieses Profil angemeldet ist</translation>
    </message>
    <message>
        <source>&amp;Import from vn…</source>
        <translation>Aus vn &amp;importieren …</translation>
    </message>
    <message>
        <source>Move the vn command line&apos;s plaintext keys into profiles and the keychain</source>
        <translation>Die Klartext-Schlüssel der vn-Befehlszeile in Profile und den Schlüsselbund übernehmen</translation>
    </message>
    <message>
        <source>&amp;Export profile to vn…</source>
        <translation>Profil nach vn e&amp;xportieren …</translation>
    </message>
    <message>
        <source>Add the current profile to vn&apos;s configuration, with its server and no key</source>
        <translation>Das aktuelle Profil mit seinem Server und ohne Schlüssel in die Konfiguration von vn eintragen</translation>
    </message>
    <message>
        <source>Export Profile to vn</source>
        <translation>Profil nach vn exportieren</translation>
    </message>
    <message>
        <source>The local sandbox gets a new address on every start, so vn could not reach it later.</source>
        <translation>Die lokale Sandbox erhält bei jedem Start eine neue Adresse; vn könnte sie später nicht erreichen.</translation>
    </message>
    <message>
        <source>vn&apos;s file was not changed: %1</source>
        <translation>Die Datei von vn wurde nicht geändert: %1</translation>
    </message>
    <message>
        <source>vn&apos;s file %1 already has a profile named “%2”; it was not changed.</source>
        <translation>Die Datei %1 von vn hat bereits ein Profil namens „%2“; sie wurde nicht geändert.</translation>
    </message>
    <message>
        <source>Add the profile “%1” to vn&apos;s file %2, with the server %3 and an empty key? The key stays in the keychain; vn gets it when run as vbkeys exec --profile “%1” -- vn ….</source>
        <translation>Das Profil „%1“ mit dem Server %3 und einem leeren Schlüssel in die Datei %2 von vn eintragen? Der Schlüssel bleibt im Schlüsselbund; vn erhält ihn, wenn es als vbkeys exec --profile „%1“ -- vn … läuft.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Added “%1” to %2.</source>
        <translation>„%1“ wurde in %2 eingetragen.</translation>
    </message>
</context>
<context>
    <name>NewKeyDialog</name>
    <message>
        <source>Access Key Created</source>
        <translation>Accesskey erstellt</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>Access key token</source>
        <translation>Token des Accesskeys</translation>
    </message>
    <message>
        <source>The full secret of the new key. The server shows it only this once.</source>
        <translation>Das vollständige Geheimnis des neuen Schlüssels. Der Server zeigt es nur dieses eine Mal.</translation>
    </message>
    <message>
        <source>Copy token</source>
        <translation>Token kopieren</translation>
    </message>
    <message>
        <source>Copies the token to the clipboard, which is cleared again after a while</source>
        <translation>Kopiert das Token in die Zwischenablage, die nach einer Weile wieder geleert wird</translation>
    </message>
    <message>
        <source>Co&amp;py</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Läuft ab:</translation>
    </message>
    <message>
        <source>I have copied this key</source>
        <translation>Ich habe diesen Schlüssel kopiert</translation>
    </message>
    <message>
        <source>Confirms that the token is stored somewhere safe; needed before this window can close</source>
        <translation>Bestätigt, dass das Token an einem sicheren Ort aufbewahrt ist; nötig, bevor sich dieses Fenster schließen lässt</translation>
    </message>
    <message>
        <source>I have copied this &amp;key</source>
        <translation>Ich habe diesen &amp;Schlüssel kopiert</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>Access key “%1” created</source>
        <translation>Accesskey „%1“ erstellt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>%1 at %2 (%3)</source>
        <translation>%1 um %2 (%3)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Clipboard status</source>
        <translation>Status der Zwischenablage</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>The clipboard has been cleared.</source>
        <translation>Die Zwischenablage wurde geleert.</translation>
    </message>
    <message>
        <source>The server shows this key only once. It has been saved in your keychain.</source>
        <translation>Der Server zeigt diesen Schlüssel nur einmal. Er wurde in Ihrem Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>The server shows this key only once. It could NOT be saved in your keychain: %1. Copy it now and keep it somewhere safe.</source>
        <translation>Der Server zeigt diesen Schlüssel nur einmal. Er konnte NICHT in Ihrem Schlüsselbund gespeichert werden: %1. Kopieren Sie ihn jetzt und bewahren Sie ihn an einem sicheren Ort auf.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>The server shows this key only once. Your keychain has not answered yet: it may be asking you to unlock it. The key is kept on screen until it is saved; copy it now if you cannot unlock the keychain.</source>
        <translation>Der Server zeigt diesen Schlüssel nur einmal. Ihr Schlüsselbund hat noch nicht geantwortet: Vielleicht fragt er Sie, ihn zu entsperren. Der Schlüssel bleibt angezeigt, bis er gespeichert ist; kopieren Sie ihn jetzt, falls Sie den Schlüsselbund nicht entsperren können.</translation>
    </message>
    <message>
        <source>Copy the key and tick “I have copied this key” first: it cannot be shown again.</source>
        <translation>Kopieren Sie zuerst den Schlüssel und setzen Sie das Häkchen bei „Ich habe diesen Schlüssel kopiert“: Er kann nicht erneut angezeigt werden.</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>In die Zwischenablage kopiert.</translation>
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard will be cleared in %n second.</source>
        <comment>one</comment>
        <translation>
            <numerusform>Kopiert. Die Zwischenablage wird in %n Sekunde geleert.</numerusform>
            <numerusform>Kopiert. Die Zwischenablage wird in %n Sekunden geleert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard will be cleared in %n seconds.</source>
        <comment>other</comment>
        <translation>
            <numerusform>Kopiert. Die Zwischenablage wird in %n Sekunde geleert.</numerusform>
            <numerusform>Kopiert. Die Zwischenablage wird in %n Sekunden geleert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasswordChange</name>
    <message>
        <source>Only a session signed in with a username and password can change its password.</source>
        <translation>Nur eine mit Benutzername und Passwort angemeldete Sitzung kann ihr Passwort ändern.</translation>
    </message>
    <message numerus="yes">
        <source>The new password must be at least %n characters long.</source>
        <translation>
            <numerusform>Das neue Passwort muss mindestens %n Zeichen lang sein.</numerusform>
            <numerusform>Das neue Passwort muss mindestens %n Zeichen lang sein.</numerusform>
        </translation>
    </message>
    <message>
        <source>The current password is wrong. Nothing was changed.</source>
        <translation>Das aktuelle Passwort ist falsch. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The password was changed, but signing in again with the new one failed: %1</source>
        <translation>Das Passwort wurde geändert, aber die erneute Anmeldung mit dem neuen ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>PendingRotations</name>
    <message>
        <source>The key &quot;%1&quot; (%2) is replaced and revoked; its successor is stored here.</source>
        <translation>Der Schlüssel „%1“ (%2) ist ersetzt und widerrufen; sein Nachfolger ist hier gespeichert.</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>local sandbox</source>
        <translation>lokale Sandbox</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>New Profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>production, staging, client-acme…</source>
        <translation>produktion, staging, kunde-acme …</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>Se&amp;rver:</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>Server-&amp;URL:</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>Server-URL</translation>
    </message>
    <message>
        <source>https://staging.example.com</source>
        <translation>https://staging.example.com</translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation>Anmelden mit:</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>&amp;Accesskey</source>
        <translation>&amp;Accesskey</translation>
    </message>
    <message>
        <source>User&amp;name:</source>
        <translation>Benutzer&amp;name:</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Rename Profile</source>
        <translation>Profil umbenennen</translation>
    </message>
    <message>
        <source>VoIPbin (api.voipbin.net)</source>
        <translation>VoIPbin (api.voipbin.net)</translation>
    </message>
    <message>
        <source>Custom server URL</source>
        <translation>Eigene Server-URL</translation>
    </message>
    <message>
        <source>Local sandbox (offline)</source>
        <translation>Lokale Sandbox (offline)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, such as https://staging.example.com.</source>
        <translation>Geben Sie die Adresse des Servers ein, etwa https://staging.example.com.</translation>
    </message>
</context>
<context>
    <name>ProfileListModel</name>
    <message>
        <source>signed in</source>
        <translation>angemeldet</translation>
    </message>
    <message>
        <source>signed out</source>
        <translation>abgemeldet</translation>
    </message>
    <message>
        <source>%1
%2 · %3</source>
        <translation>%1
%2 · %3</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
</context>
<context>
    <name>ProfileRemoval</name>
    <message>
        <source>The remembered session, which “%1” also uses</source>
        <translation>Die gespeicherte Sitzung, die auch „%1“ verwendet</translation>
    </message>
    <message>
        <source>the accesskey sign-in</source>
        <translation>die Anmeldung mit Accesskey</translation>
    </message>
    <message>
        <source>The remembered session of %1 on %2</source>
        <translation>Die gespeicherte Sitzung von %1 auf %2</translation>
    </message>
    <message numerus="yes">
        <source>The stored secrets of %n key(s), which “%1” also uses</source>
        <translation>
            <numerusform>Das gespeicherte Geheimnis von %n Schlüssel, das auch „%1“ verwendet</numerusform>
            <numerusform>Die gespeicherten Geheimnisse von %n Schlüsseln, die auch „%1“ verwendet</numerusform>
        </translation>
    </message>
    <message>
        <source>The stored secret of the key with id %1</source>
        <translation>Das gespeicherte Geheimnis des Schlüssels mit der ID %1</translation>
    </message>
    <message>
        <source>Some keychain entries of the profile could not be deleted. %1</source>
        <translation>Einige Einträge des Profils im Schlüsselbund konnten nicht gelöscht werden. %1</translation>
    </message>
</context>
<context>
    <name>ProfileResolver</name>
    <message>
        <source>There is no profile named “%1”. vbkeys profiles lists them; vbkeys login --profile %1 makes it.</source>
        <translation>Es gibt kein Profil namens „%1“. vbkeys profiles listet sie auf; vbkeys login --profile %1 legt es an.</translation>
    </message>
    <message>
        <source>There is no profile yet. Sign in first: vbkeys login --username NAME, or vbkeys login --accesskey.</source>
        <translation>Es gibt noch kein Profil. Melden Sie sich zuerst an: vbkeys login --username NAME oder vbkeys login --accesskey.</translation>
    </message>
    <message>
        <source>The profile (default: the last one used).</source>
        <translation>Das Profil (Standard: das zuletzt verwendete).</translation>
    </message>
</context>
<context>
    <name>ProfileSidebar</name>
    <message>
        <source>&amp;Profiles</source>
        <translation>&amp;Profile</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
</context>
<context>
    <name>ProfileSignIn</name>
    <message>
        <source>Signed in, but the session could not be kept: %1</source>
        <translation>Angemeldet, aber die Sitzung konnte nicht aufbewahrt werden: %1</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>Give the profile a name.</source>
        <translation>Geben Sie dem Profil einen Namen.</translation>
    </message>
    <message numerus="yes">
        <source>A profile name can have at most %n characters.</source>
        <translation>
            <numerusform>Ein Profilname darf höchstens %n Zeichen haben.</numerusform>
            <numerusform>Ein Profilname darf höchstens %n Zeichen haben.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is already a profile named “%1”.</source>
        <translation>Es gibt bereits ein Profil namens „%1“.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
</context>
<context>
    <name>ProfileWorkspace</name>
    <message>
        <source>You are signed in, but this computer could not remember the session: %1</source>
        <translation>Sie sind angemeldet, aber dieser Rechner konnte sich die Sitzung nicht merken: %1</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again to continue.</source>
        <translation>Ihre Sitzung ist beendet. Melden Sie sich erneut an, um fortzufahren.</translation>
    </message>
    <message>
        <source>Choose a server first.</source>
        <translation>Wählen Sie zuerst einen Server.</translation>
    </message>
</context>
<context>
    <name>ProfilesVerb</name>
    <message>
        <source>List the profiles: server, sign-in, saved session and stored keys.</source>
        <translation>Die Profile auflisten: Server, Anmeldung, gespeicherte Sitzung und gespeicherte Schlüssel.</translation>
    </message>
    <message>
        <source>Print JSON (see vbkeys(1)).</source>
        <translation>JSON ausgeben (siehe vbkeys(1)).</translation>
    </message>
    <message>
        <source>session saved</source>
        <translation>Sitzung gespeichert</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>nicht angemeldet</translation>
    </message>
    <message>
        <source>session unknown</source>
        <translation>Sitzung unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) stored</source>
        <translation>
            <numerusform>%n Schlüssel gespeichert</numerusform>
            <numerusform>%n Schlüssel gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <source>No profiles yet: vbkeys login makes one.</source>
        <translation>Noch keine Profile: vbkeys login legt eines an.</translation>
    </message>
    <message>
        <source>Saved sessions could not be checked: %1</source>
        <translation>Gespeicherte Sitzungen konnten nicht geprüft werden: %1</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message numerus="yes">
        <source>%n minute</source>
        <comment>one</comment>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <comment>other</comment>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour</source>
        <comment>one</comment>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <comment>other</comment>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day</source>
        <comment>one</comment>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <comment>other</comment>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n minute</source>
        <comment>one</comment>
        <translation>
            <numerusform>in %n Minute</numerusform>
            <numerusform>in %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n minutes</source>
        <comment>other</comment>
        <translation>
            <numerusform>in %n Minute</numerusform>
            <numerusform>in %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour</source>
        <comment>one</comment>
        <translation>
            <numerusform>in %n Stunde</numerusform>
            <numerusform>in %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hours</source>
        <comment>other</comment>
        <translation>
            <numerusform>in %n Stunde</numerusform>
            <numerusform>in %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day</source>
        <comment>one</comment>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <comment>other</comment>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute ago</source>
        <comment>one</comment>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes ago</source>
        <comment>other</comment>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour ago</source>
        <comment>one</comment>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours ago</source>
        <comment>other</comment>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day ago</source>
        <comment>one</comment>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <comment>other</comment>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>in less than a minute</source>
        <translation>in weniger als einer Minute</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>weniger als eine Minute</translation>
    </message>
</context>
<context>
    <name>RenameVerb</name>
    <message>
        <source>Rename a key and change its description.</source>
        <translation>Einen Schlüssel umbenennen und seine Beschreibung ändern.</translation>
    </message>
    <message>
        <source>The new description (default: keep it).</source>
        <translation>Die neue Beschreibung (Standard: beibehalten).</translation>
    </message>
    <message>
        <source>The key&apos;s id, name or token prefix.</source>
        <translation>ID, Name oder Token-Präfix des Schlüssels.</translation>
    </message>
    <message>
        <source>Its new name.</source>
        <translation>Sein neuer Name.</translation>
    </message>
    <message>
        <source>rename: vbkeys rename KEY NAME.</source>
        <translation>rename: vbkeys rename SCHLÜSSEL NAME.</translation>
    </message>
    <message>
        <source>Renamed %1 to “%2”.</source>
        <translation>%1 in „%2“ umbenannt.</translation>
    </message>
</context>
<context>
    <name>ReplaceKeyDialog</name>
    <message>
        <source>Replace Access Key</source>
        <translation>Accesskey ersetzen</translation>
    </message>
    <message>
        <source>Revoke the &amp;old key:</source>
        <translation>Den &amp;alten Schlüssel widerrufen:</translation>
    </message>
    <message>
        <source>Revoke the old key</source>
        <translation>Den alten Schlüssel widerrufen</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>New &amp;key:</source>
        <translation>Neuer &amp;Schlüssel:</translation>
    </message>
    <message>
        <source>New key</source>
        <translation>Neuer Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the new key</source>
        <translation>Den neuen Schlüssel kopieren</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>A new key named &quot;%1&quot; with the same detail and lifetime is created, stored in this computer&apos;s keychain and checked with the server. Only then is the old key (%2) revoked, so whatever uses it keeps working until you have put the new one in its place.</source>
        <translation>Ein neuer Schlüssel namens „%1“ mit derselben Beschreibung und Gültigkeitsdauer wird erstellt, im Schlüsselbund dieses Rechners gespeichert und beim Server geprüft. Erst dann wird der alte Schlüssel (%2) widerrufen, damit alles, was ihn verwendet, weiter funktioniert, bis Sie den neuen an seine Stelle gesetzt haben.</translation>
    </message>
    <message>
        <source>At once, when the new key works</source>
        <translation>Sofort, wenn der neue Schlüssel funktioniert</translation>
    </message>
    <message>
        <source>After 1 hour</source>
        <translation>Nach 1 Stunde</translation>
    </message>
    <message>
        <source>After 1 day</source>
        <translation>Nach 1 Tag</translation>
    </message>
    <message>
        <source>After 7 days</source>
        <translation>Nach 7 Tagen</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>… %1</source>
        <translation>… %1</translation>
    </message>
    <message>
        <source>New key created (%1)</source>
        <translation>Neuer Schlüssel erstellt (%1)</translation>
    </message>
    <message>
        <source>Creating the new key</source>
        <translation>Der neue Schlüssel wird erstellt</translation>
    </message>
    <message>
        <source>Stored in this computer&apos;s keychain</source>
        <translation>Im Schlüsselbund dieses Rechners gespeichert</translation>
    </message>
    <message>
        <source>To be stored in the keychain</source>
        <translation>Wird im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>Checked: the server accepts the new key</source>
        <translation>Geprüft: Der Server nimmt den neuen Schlüssel an</translation>
    </message>
    <message>
        <source>To be checked with the server</source>
        <translation>Wird beim Server geprüft</translation>
    </message>
    <message>
        <source>Old key: kept until the new one works</source>
        <translation>Alter Schlüssel: bleibt, bis der neue funktioniert</translation>
    </message>
    <message>
        <source>Old key: being revoked now</source>
        <translation>Alter Schlüssel: wird jetzt widerrufen</translation>
    </message>
    <message>
        <source>Old key: to be revoked at %1. Until then both keys work; the app revokes it then, or at its next start after that.</source>
        <translation>Alter Schlüssel: wird am %1 widerrufen. Bis dahin funktionieren beide Schlüssel; die Anwendung widerruft ihn dann oder bei ihrem nächsten Start danach.</translation>
    </message>
    <message>
        <source>Old key: revoked</source>
        <translation>Alter Schlüssel: widerrufen</translation>
    </message>
    <message>
        <source>The key is replaced.</source>
        <translation>Der Schlüssel ist ersetzt.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>The new key is copied; the clipboard is cleared later.</source>
        <translation>Der neue Schlüssel ist kopiert; die Zwischenablage wird später geleert.</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Set a New Password</source>
        <translation>Ein neues Passwort festlegen</translation>
    </message>
    <message>
        <source>&amp;Email or username:</source>
        <translation>&amp;E-Mail oder Benutzername:</translation>
    </message>
    <message>
        <source>Email or username</source>
        <translation>E-Mail oder Benutzername</translation>
    </message>
    <message>
        <source>The account whose password is set</source>
        <translation>Das Konto, dessen Passwort festgelegt wird</translation>
    </message>
    <message>
        <source>&amp;Link or token:</source>
        <translation>&amp;Link oder Token:</translation>
    </message>
    <message>
        <source>Link or token from the email</source>
        <translation>Link oder Token aus der E-Mail</translation>
    </message>
    <message>
        <source>Paste the link from the password email, or the token in it</source>
        <translation>Fügen Sie den Link aus der Passwort-E-Mail ein oder das Token darin</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>At least 8 characters</source>
        <translation>Mindestens 8 Zeichen</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>Das neue Passwort wiederholen</translation>
    </message>
    <message>
        <source>The new password again, to catch a typo</source>
        <translation>Noch einmal das neue Passwort, um Tippfehler zu erkennen</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message numerus="yes">
        <source>Paste the link from VoIPbin&apos;s password email (or the token in it) and choose a new password of at least %n characters. A link works once, for one hour.</source>
        <translation>
            <numerusform>Fügen Sie den Link aus der Passwort-E-Mail von VoIPbin ein (oder das Token darin) und wählen Sie ein neues Passwort mit mindestens %n Zeichen. Ein Link funktioniert einmal, eine Stunde lang.</numerusform>
            <numerusform>Fügen Sie den Link aus der Passwort-E-Mail von VoIPbin ein (oder das Token darin) und wählen Sie ein neues Passwort mit mindestens %n Zeichen. Ein Link funktioniert einmal, eine Stunde lang.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>That is not the link or the token from VoIPbin&apos;s password email. Paste the whole link from the email.</source>
        <translation>Das ist weder der Link noch das Token aus der Passwort-E-Mail von VoIPbin. Fügen Sie den ganzen Link aus der E-Mail ein.</translation>
    </message>
    <message>
        <source>That server address cannot be used.</source>
        <translation>Diese Serveradresse kann nicht verwendet werden.</translation>
    </message>
    <message>
        <source>&amp;Set Password</source>
        <translation>Passwort &amp;festlegen</translation>
    </message>
    <message>
        <source>Set the new password</source>
        <translation>Das neue Passwort festlegen</translation>
    </message>
</context>
<context>
    <name>RevokeVerb</name>
    <message>
        <source>Revoke a key on the server and forget its stored secret.</source>
        <translation>Einen Schlüssel auf dem Server widerrufen und sein gespeichertes Geheimnis vergessen.</translation>
    </message>
    <message>
        <source>Do not ask first.</source>
        <translation>Nicht vorher fragen.</translation>
    </message>
    <message>
        <source>The key&apos;s id, name or token prefix.</source>
        <translation>ID, Name oder Token-Präfix des Schlüssels.</translation>
    </message>
    <message>
        <source>revoke: name one key: vbkeys revoke KEY.</source>
        <translation>revoke: Geben Sie einen Schlüssel an: vbkeys revoke SCHLÜSSEL.</translation>
    </message>
    <message>
        <source>revoke: there is no terminal to ask on; add --yes to revoke without asking.</source>
        <translation>revoke: Es gibt kein Terminal zum Nachfragen; fügen Sie --yes hinzu, um ohne Nachfrage zu widerrufen.</translation>
    </message>
    <message>
        <source>Revoke %1 “%2”? Profile “%3” signs in with it and will be signed out.</source>
        <translation>%1 „%2“ widerrufen? Das Profil „%3“ meldet sich damit an und wird abgemeldet.</translation>
    </message>
    <message>
        <source>Revoke %1 “%2”? Whatever uses it stops working.</source>
        <translation>%1 „%2“ widerrufen? Was ihn verwendet, funktioniert dann nicht mehr.</translation>
    </message>
    <message>
        <source>Nothing was revoked.</source>
        <translation>Es wurde nichts widerrufen.</translation>
    </message>
    <message>
        <source>Revoked %1 “%2”.</source>
        <translation>%1 „%2“ widerrufen.</translation>
    </message>
</context>
<context>
    <name>SecretJob</name>
    <message>
        <source>Waiting for the keyring.</source>
        <translation>Warten auf den Schlüsselbund.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Erledigt.</translation>
    </message>
    <message>
        <source>No saved secret was found in the keyring.</source>
        <translation>Im Schlüsselbund wurde kein gespeichertes Geheimnis gefunden.</translation>
    </message>
    <message>
        <source>No keyring is available: VoIPbin Keys needs a Secret Service such as GNOME Keyring or KWallet to store secrets.</source>
        <translation>Kein Schlüsselbund verfügbar: VoIPbin Keys braucht einen Secret Service wie GNOME Keyring oder KWallet, um Geheimnisse zu speichern.</translation>
    </message>
    <message>
        <source>The keyring is locked. Unlock it and try again.</source>
        <translation>Der Schlüsselbund ist gesperrt. Entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Access to the keyring was refused at the unlock prompt.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde bei der Entsperrabfrage verweigert.</translation>
    </message>
    <message>
        <source>The keyring did not answer (is an unlock prompt waiting?).</source>
        <translation>Der Schlüsselbund hat nicht geantwortet (wartet eine Entsperrabfrage?).</translation>
    </message>
    <message>
        <source>The keyring could not complete the operation.</source>
        <translation>Der Schlüsselbund konnte den Vorgang nicht abschließen.</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>Enter the server address, for example https://api.voipbin.net.</source>
        <translation>Geben Sie die Serveradresse ein, zum Beispiel https://api.voipbin.net.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid server address.</source>
        <translation>„%1“ ist keine gültige Serveradresse.</translation>
    </message>
    <message>
        <source>Only https:// server addresses are supported.</source>
        <translation>Nur https://-Serveradressen werden unterstützt.</translation>
    </message>
    <message>
        <source>The server address must not contain a user name or password.</source>
        <translation>Die Serveradresse darf keinen Benutzernamen und kein Passwort enthalten.</translation>
    </message>
    <message>
        <source>Plain http:// sends credentials unencrypted and is only allowed for this computer (localhost, 127.0.0.1 or ::1). Use https://%1 instead.</source>
        <translation>Unverschlüsseltes http:// sendet Anmeldeinformationen im Klartext und ist nur für diesen Rechner erlaubt (localhost, 127.0.0.1 oder ::1). Verwenden Sie stattdessen https://%1.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>session expired</source>
        <translation>Sitzung abgelaufen</translation>
    </message>
    <message>
        <source>session expires %1</source>
        <extracomment>%1 is a moment from now: &quot;in 7 days&quot;, &quot;in less than a minute&quot;</extracomment>
        <translation>Sitzung läuft %1 ab</translation>
    </message>
</context>
<context>
    <name>SessionHandover</name>
    <message>
        <source>The keychain&apos;s entry for it is damaged.</source>
        <translation>Sein Eintrag im Schlüsselbund ist beschädigt.</translation>
    </message>
    <message>
        <source>This session signs in with the key being replaced, and the new key could not be read from the keychain to take its place, so the old key is kept for now. %1</source>
        <translation>Diese Sitzung ist mit dem Schlüssel angemeldet, der ersetzt wird, und der neue Schlüssel konnte nicht aus dem Schlüsselbund gelesen werden, um seinen Platz einzunehmen; der alte Schlüssel bleibt daher vorerst erhalten. %1</translation>
    </message>
    <message>
        <source>This session now signs in with the new key, but the keychain did not remember it for the next start, so the old key is kept for now. %1</source>
        <translation>Diese Sitzung ist jetzt mit dem neuen Schlüssel angemeldet, aber der Schlüsselbund hat ihn für den nächsten Start nicht gespeichert; der alte Schlüssel bleibt daher vorerst erhalten. %1</translation>
    </message>
</context>
<context>
    <name>SessionOpener</name>
    <message>
        <source>Sign in with vbkeys login --profile “%1”.</source>
        <translation>Melden Sie sich mit vbkeys login --profile „%1“ an.</translation>
    </message>
    <message>
        <source>Profile “%1” is the window&apos;s local sandbox, which keeps no session; give vbkeys the sandbox&apos;s address with --server.</source>
        <translation>Das Profil „%1“ ist die lokale Sandbox des Fensters, die keine Sitzung aufbewahrt; geben Sie vbkeys die Adresse der Sandbox mit --server an.</translation>
    </message>
    <message>
        <source>Profile “%1” is not signed in. %2</source>
        <translation>Das Profil „%1“ ist nicht angemeldet. %2</translation>
    </message>
    <message>
        <source>Profile “%1” has no saved session. %2</source>
        <translation>Das Profil „%1“ hat keine gespeicherte Sitzung. %2</translation>
    </message>
</context>
<context>
    <name>SessionStatusBar</name>
    <message>
        <source>Clipboard cleared.</source>
        <translation>Zwischenablage geleert.</translation>
    </message>
    <message>
        <source>accesskey</source>
        <translation>Accesskey</translation>
    </message>
    <message>
        <source>%1 (%2) on %3</source>
        <translation>%1 (%2) auf %3</translation>
    </message>
    <message>
        <source>accesskey expired</source>
        <translation>Accesskey abgelaufen</translation>
    </message>
    <message>
        <source>accesskey expires %1</source>
        <extracomment>%1 is a moment from now: &quot;in 7 days&quot;, &quot;in less than a minute&quot;</extracomment>
        <translation>Accesskey läuft %1 ab</translation>
    </message>
    <message>
        <source>session expired</source>
        <translation>Sitzung abgelaufen</translation>
    </message>
    <message>
        <source>session expires %1</source>
        <extracomment>%1 is a moment from now: &quot;in 7 days&quot;, &quot;in less than a minute&quot;</extracomment>
        <translation>Sitzung läuft %1 ab</translation>
    </message>
    <message>
        <source>Clipboard clears in %1 s</source>
        <translation>Zwischenablage wird in %1 s geleert</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Clear the &amp;clipboard after:</source>
        <translation>&amp;Zwischenablage leeren nach:</translation>
    </message>
    <message>
        <source>Clear the clipboard after</source>
        <translation>Zwischenablage leeren nach</translation>
    </message>
    <message>
        <source>Seconds after copying a key until the clipboard is cleared; 0 means never</source>
        <translation>Sekunden nach dem Kopieren eines Schlüssels, bis die Zwischenablage geleert wird; 0 bedeutet nie</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Warn before expiry:</source>
        <translation>Vor Ablauf &amp;warnen:</translation>
    </message>
    <message>
        <source>Warn before expiry</source>
        <translation>Vor Ablauf warnen</translation>
    </message>
    <message>
        <source>Keys that expire within this many days are highlighted</source>
        <translation>Schlüssel, die innerhalb so vieler Tage ablaufen, werden hervorgehoben</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Also copy keys to the &amp;primary selection (middle-click paste)</source>
        <translation>Schlüssel auch in die &amp;primäre Auswahl kopieren (Einfügen mit mittlerer Maustaste)</translation>
    </message>
    <message>
        <source>Also copy keys to the primary selection</source>
        <translation>Schlüssel auch in die primäre Auswahl kopieren</translation>
    </message>
    <message>
        <source>Off by default: anything in the primary selection is pasted by a middle click into any window</source>
        <translation>Standardmäßig aus: Alles in der primären Auswahl wird mit einem Mittelklick in jedes Fenster eingefügt</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>&amp;Default server:</source>
        <translation>&amp;Standardserver:</translation>
    </message>
    <message>
        <source>Default server</source>
        <translation>Standardserver</translation>
    </message>
    <message>
        <source>The server the sign-in form offers first</source>
        <translation>Der Server, den das Anmeldeformular zuerst anbietet</translation>
    </message>
    <message>
        <source>Custom &amp;URL:</source>
        <translation>&amp;Eigene URL:</translation>
    </message>
    <message>
        <source>Custom server URL</source>
        <translation>Eigene Server-URL</translation>
    </message>
    <message>
        <source>The root address of your own VoIPbin server, without /v1.0</source>
        <translation>Die Stammadresse Ihres eigenen VoIPbin-Servers, ohne /v1.0</translation>
    </message>
    <message>
        <source>VoIPbin (api.voipbin.net)</source>
        <translation>VoIPbin (api.voipbin.net)</translation>
    </message>
    <message>
        <source>Local sandbox (offline)</source>
        <translation>Lokale Sandbox (offline)</translation>
    </message>
    <message>
        <source>Custom URL</source>
        <translation>Eigene URL</translation>
    </message>
    <message>
        <source>Custom URL problem</source>
        <translation>Problem mit der eigenen URL</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Standardwerte wiederherstellen</translation>
    </message>
    <message>
        <source>Puts every field back to its default; nothing is saved until OK</source>
        <translation>Setzt jedes Feld auf seinen Standardwert zurück; gespeichert wird erst mit OK</translation>
    </message>
    <message>
        <source>Enter the address of your server.</source>
        <translation>Geben Sie die Adresse Ihres Servers ein.</translation>
    </message>
    <message>
        <source>This address cannot be used.</source>
        <translation>Diese Adresse kann nicht verwendet werden.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lock after idle minutes</source>
        <translation>Nach Minuten ohne Aktivität sperren</translation>
    </message>
    <message>
        <source>Locks the app when it has had no keyboard or mouse input for this long; 0 never locks</source>
        <translation>Sperrt die Anwendung, wenn sie so lange keine Tastatur- oder Mauseingabe hatte; 0 sperrt nie</translation>
    </message>
    <message>
        <source>&amp;Lock after idle:</source>
        <translation>&amp;Sperren nach Inaktivität:</translation>
    </message>
    <message>
        <source>Lock when the &amp;screen locks</source>
        <translation>Sperren, wenn der &amp;Bildschirm gesperrt wird</translation>
    </message>
    <message>
        <source>Lock when the screen locks</source>
        <translation>Sperren, wenn der Bildschirm gesperrt wird</translation>
    </message>
    <message>
        <source>Every session is closed and its secrets dropped; unlocking signs in again</source>
        <translation>Jede Sitzung wird geschlossen und ihre Geheimnisse verworfen; das Entsperren meldet erneut an</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Arbeitsumgebung</translation>
    </message>
    <message>
        <source>Show an icon in the system &amp;tray (show, lock, quit)</source>
        <translation>Ein Symbol im &amp;Systemabschnitt der Kontrollleiste zeigen (anzeigen, sperren, beenden)</translation>
    </message>
    <message>
        <source>Show an icon in the system tray</source>
        <translation>Ein Symbol im Systemabschnitt der Kontrollleiste zeigen</translation>
    </message>
    <message>
        <source>Off by default; the icon&apos;s menu shows, locks or quits the app</source>
        <translation>Standardmäßig aus; das Menü des Symbols zeigt, sperrt oder beendet die Anwendung</translation>
    </message>
</context>
<context>
    <name>SignInAgainDialog</name>
    <message>
        <source>Sign in again</source>
        <translation>Erneut anmelden</translation>
    </message>
</context>
<context>
    <name>SignInController</name>
    <message>
        <source>That server address cannot be used.</source>
        <translation>Diese Serveradresse kann nicht verwendet werden.</translation>
    </message>
    <message>
        <source>The server did not accept this accesskey. It may be mistyped, expired or revoked.</source>
        <translation>Der Server hat diesen Accesskey nicht angenommen. Vielleicht ist er falsch eingegeben, abgelaufen oder widerrufen.</translation>
    </message>
    <message>
        <source>The session saved in your keychain is damaged and was not used. Please sign in again.</source>
        <translation>Die in Ihrem Schlüsselbund gespeicherte Sitzung ist beschädigt und wurde nicht verwendet. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Your saved session has expired. Please sign in again.</source>
        <translation>Ihre gespeicherte Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Your saved session is no longer valid. Please sign in again.</source>
        <translation>Ihre gespeicherte Sitzung ist nicht mehr gültig. Bitte melden Sie sich erneut an.</translation>
    </message>
</context>
<context>
    <name>SignInWidget</name>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Sign in to VoIPbin</source>
        <translation>Bei VoIPbin anmelden</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>Se&amp;rver:</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Which VoIPbin server to sign in to</source>
        <translation>Bei welchem VoIPbin-Server Sie sich anmelden</translation>
    </message>
    <message>
        <source>https://voipbin.example.com</source>
        <translation>https://voipbin.example.com</translation>
    </message>
    <message>
        <source>Custom server URL</source>
        <translation>Eigene Server-URL</translation>
    </message>
    <message>
        <source>HTTPS address of the server; plain http only for this computer</source>
        <translation>HTTPS-Adresse des Servers; unverschlüsseltes http nur für diesen Rechner</translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation>Anmelden mit:</translation>
    </message>
    <message>
        <source>&amp;Username and password</source>
        <translation>Benutzername &amp;und Passwort</translation>
    </message>
    <message>
        <source>Sign in with username and password</source>
        <translation>Mit Benutzername und Passwort anmelden</translation>
    </message>
    <message>
        <source>Sign in with an &amp;accesskey</source>
        <translation>&amp;Mit einem Accesskey anmelden</translation>
    </message>
    <message>
        <source>Sign in with an accesskey</source>
        <translation>Mit einem Accesskey anmelden</translation>
    </message>
    <message>
        <source>User&amp;name:</source>
        <translation>Benutzer&amp;name:</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Access&amp;key:</source>
        <translation>Access&amp;key:</translation>
    </message>
    <message>
        <source>Paste the accesskey here</source>
        <translation>Fügen Sie den Accesskey hier ein</translation>
    </message>
    <message>
        <source>Accesskey</source>
        <translation>Accesskey</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show accesskey</source>
        <translation>Accesskey anzeigen</translation>
    </message>
    <message>
        <source>Shows or hides the pasted accesskey</source>
        <translation>Zeigt oder verbirgt den eingefügten Accesskey</translation>
    </message>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation>Auf diesem Rechner an&amp;gemeldet bleiben</translation>
    </message>
    <message>
        <source>Remember me on this computer</source>
        <translation>Auf diesem Rechner angemeldet bleiben</translation>
    </message>
    <message>
        <source>Keeps the session in the system keychain so the next start signs in directly</source>
        <translation>Bewahrt die Sitzung im Schlüsselbund des Systems auf, damit der nächste Start direkt anmeldet</translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation>Anmeldeproblem</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Anmeldung läuft</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel signing in</source>
        <translation>Anmeldung abbrechen</translation>
    </message>
    <message>
        <source>VoIPbin (api.voipbin.net)</source>
        <translation>VoIPbin (api.voipbin.net)</translation>
    </message>
    <message>
        <source>Local sandbox (offline)</source>
        <translation>Lokale Sandbox (offline)</translation>
    </message>
    <message>
        <source>Custom URL</source>
        <translation>Eigene URL</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Your session on %1 has ended. Sign in again to continue where you left off.</source>
        <translation>Ihre Sitzung auf %1 ist beendet. Melden Sie sich erneut an, um dort weiterzumachen, wo Sie aufgehört haben.</translation>
    </message>
    <message>
        <source>Choose a server to sign in to.</source>
        <translation>Wählen Sie einen Server für die Anmeldung.</translation>
    </message>
    <message>
        <source>Enter your username and password.</source>
        <translation>Geben Sie Ihren Benutzernamen und Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>Paste an accesskey to sign in with.</source>
        <translation>Fügen Sie einen Accesskey für die Anmeldung ein.</translation>
    </message>
    <message>
        <source>Sandbox running at %1. Demo account: username &quot;%2&quot;, password &quot;%3&quot;.</source>
        <translation>Sandbox läuft unter %1. Demo-Konto: Benutzername „%2“, Passwort „%3“.</translation>
    </message>
    <message>
        <source>A local server starts when you sign in. Demo account: username &quot;%1&quot;, password &quot;%2&quot;.</source>
        <translation>Beim Anmelden startet ein lokaler Server. Demo-Konto: Benutzername „%1“, Passwort „%2“.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>&amp;Create account…</source>
        <translation>Konto &amp;erstellen …</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Konto erstellen</translation>
    </message>
    <message>
        <source>Creates a new VoIPbin account on the chosen server and signs in with its accesskey</source>
        <translation>Erstellt ein neues VoIPbin-Konto auf dem gewählten Server und meldet sich mit seinem Accesskey an</translation>
    </message>
    <message>
        <source>&amp;Forgot password?</source>
        <translation>Passwort &amp;vergessen?</translation>
    </message>
    <message>
        <source>Forgot password</source>
        <translation>Passwort vergessen</translation>
    </message>
    <message>
        <source>Has VoIPbin email a link to set a new password</source>
        <translation>Lässt VoIPbin einen Link zum Festlegen eines neuen Passworts per E-Mail senden</translation>
    </message>
</context>
<context>
    <name>SignUpDialog</name>
    <message>
        <source>Create a VoIPbin Account</source>
        <translation>Ein VoIPbin-Konto erstellen</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>&amp;E-Mail-Adresse:</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>The address VoIPbin sends the verification link to. It is also the account&apos;s username.</source>
        <translation>Die Adresse, an die VoIPbin den Bestätigungslink sendet. Sie ist auch der Benutzername des Kontos.</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>sie@example.com</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>The account&apos;s name, for example your company. Optional.</source>
        <translation>Der Name des Kontos, zum Beispiel Ihre Firma. Optional.</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>I &amp;accept VoIPbin&apos;s terms of service</source>
        <translation>Ich &amp;stimme den Nutzungsbedingungen von VoIPbin zu</translation>
    </message>
    <message>
        <source>I accept VoIPbin&apos;s terms of service</source>
        <translation>Ich stimme den Nutzungsbedingungen von VoIPbin zu</translation>
    </message>
    <message>
        <source>Read the terms of service</source>
        <translation>Die Nutzungsbedingungen lesen</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>Code from the email</source>
        <translation>Code aus der E-Mail</translation>
    </message>
    <message>
        <source>The 6 digits VoIPbin emailed to the address</source>
        <translation>Die 6 Ziffern, die VoIPbin an die Adresse gesendet hat</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6 Ziffern</translation>
    </message>
    <message>
        <source>The new account&apos;s accesskey</source>
        <translation>Der Accesskey des neuen Kontos</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show accesskey</source>
        <translation>Accesskey anzeigen</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Create an account on %1. It comes with an accesskey, which is saved in your keychain and signs you in right away. VoIPbin then emails a link to verify the address.</source>
        <translation>Ein Konto auf %1 erstellen. Es kommt mit einem Accesskey, der in Ihrem Schlüsselbund gespeichert wird und Sie sofort anmeldet. VoIPbin sendet dann per E-Mail einen Link zur Bestätigung der Adresse.</translation>
    </message>
    <message>
        <source>Opens %1 in your browser</source>
        <translation>Öffnet %1 in Ihrem Browser</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Creating the account…</source>
        <translation>Das Konto wird erstellt …</translation>
    </message>
    <message>
        <source>VoIPbin emailed a 6-digit code to %1. Type it here to finish creating the account. The code is valid for one hour.</source>
        <translation>VoIPbin hat einen 6-stelligen Code an %1 gesendet. Geben Sie ihn hier ein, um das Erstellen des Kontos abzuschließen. Der Code gilt eine Stunde.</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Der Code wird geprüft …</translation>
    </message>
    <message>
        <source>Saving the accesskey in your keychain…</source>
        <translation>Der Accesskey wird in Ihrem Schlüsselbund gespeichert …</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft …</translation>
    </message>
    <message>
        <source>No account was created. Either this address already has a VoIPbin account or it is not a valid address; VoIPbin does not say which, so that nobody can find out who has an account. If the account is yours, use &quot;Forgot password?&quot; on the sign-in page.</source>
        <translation>Es wurde kein Konto erstellt. Entweder hat diese Adresse bereits ein VoIPbin-Konto, oder sie ist ungültig; VoIPbin sagt nicht, was davon zutrifft, damit niemand herausfinden kann, wer ein Konto hat. Wenn das Konto Ihnen gehört, verwenden Sie „Passwort vergessen?“ auf der Anmeldeseite.</translation>
    </message>
    <message>
        <source>Waiting for the keychain: %1</source>
        <translation>Warten auf den Schlüsselbund: %1</translation>
    </message>
    <message>
        <source>The account was created, but its accesskey could not be saved in your keychain: %1 This is the only time the key can be shown: copy it somewhere safe now, then continue to sign in with it.</source>
        <translation>Das Konto wurde erstellt, aber sein Accesskey konnte nicht in Ihrem Schlüsselbund gespeichert werden: %1 Nur jetzt kann der Schlüssel angezeigt werden: Kopieren Sie ihn an einen sicheren Ort und fahren Sie dann fort, um sich damit anzumelden.</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Abschließen</translation>
    </message>
    <message>
        <source>Finish creating the account</source>
        <translation>Das Erstellen des Kontos abschließen</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Continue and sign in</source>
        <translation>Weiter und anmelden</translation>
    </message>
    <message>
        <source>&amp;Create Account</source>
        <translation>Konto &amp;erstellen</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Konto erstellen</translation>
    </message>
</context>
<context>
    <name>SignUpFlow</name>
    <message>
        <source>That server address cannot be used.</source>
        <translation>Diese Serveradresse kann nicht verwendet werden.</translation>
    </message>
    <message>
        <source>The server&apos;s answer to the sign-up could not be read.</source>
        <translation>Die Antwort des Servers auf die Registrierung konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The account was created and its accesskey saved in your keychain, but signing in with it failed: %1</source>
        <translation>Das Konto wurde erstellt und sein Accesskey in Ihrem Schlüsselbund gespeichert, aber die Anmeldung damit ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The account was created, but signing in with its accesskey failed: %1</source>
        <translation>Das Konto wurde erstellt, aber die Anmeldung mit seinem Accesskey ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>SignupVerb</name>
    <message>
        <source>Create a VoIPbin account and keep its accesskey in the keychain.</source>
        <translation>Ein VoIPbin-Konto erstellen und seinen Accesskey im Schlüsselbund aufbewahren.</translation>
    </message>
    <message>
        <source>The account&apos;s email address.</source>
        <translation>Die E-Mail-Adresse des Kontos.</translation>
    </message>
    <message>
        <source>Accept VoIPbin&apos;s terms of service (required).</source>
        <translation>Den Nutzungsbedingungen von VoIPbin zustimmen (erforderlich).</translation>
    </message>
    <message>
        <source>The account&apos;s name.</source>
        <translation>Der Name des Kontos.</translation>
    </message>
    <message>
        <source>The server&apos;s address (default: https://api.voipbin.net).</source>
        <translation>Die Adresse des Servers (Standard: https://api.voipbin.net).</translation>
    </message>
    <message>
        <source>The profile to make (default: the address on the server).</source>
        <translation>Das anzulegende Profil (Standard: die Adresse auf dem Server).</translation>
    </message>
    <message>
        <source>Read the emailed code from stdin, when the server asks for one.</source>
        <translation>Den per E-Mail gesendeten Code von stdin lesen, wenn der Server danach fragt.</translation>
    </message>
    <message>
        <source>Print the new accesskey too (it is in the keychain either way).</source>
        <translation>Auch den neuen Accesskey ausgeben (im Schlüsselbund ist er in jedem Fall).</translation>
    </message>
    <message>
        <source>signup: give --email EMAIL and --accept-tos (the server creates no account without the terms accepted).</source>
        <translation>signup: Geben Sie --email E-MAIL und --accept-tos an (ohne Zustimmung zu den Bedingungen erstellt der Server kein Konto).</translation>
    </message>
    <message>
        <source>The server created no account for %1: the address is already registered or not valid. It does not say which, so that nobody can find out who has an account. If it is yours, sign in (vbkeys login) or reset its password.</source>
        <translation>Der Server hat für %1 kein Konto erstellt: Die Adresse ist bereits registriert oder ungültig. Er sagt nicht, was davon zutrifft, damit niemand herausfinden kann, wer ein Konto hat. Wenn es Ihres ist, melden Sie sich an (vbkeys login) oder setzen Sie sein Passwort zurück.</translation>
    </message>
    <message>
        <source>The 6-digit code emailed to %1: </source>
        <translation>Der 6-stellige Code, der an %1 gesendet wurde: </translation>
    </message>
    <message>
        <source>The server emailed a code; there is no terminal to ask for it: pipe it in with --code-stdin.</source>
        <translation>Der Server hat einen Code per E-Mail gesendet; es gibt kein Terminal, um danach zu fragen: Leiten Sie ihn mit --code-stdin ein.</translation>
    </message>
    <message>
        <source>The server did not complete the signup.</source>
        <translation>Der Server hat die Registrierung nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>The account was created, but its accesskey could not be stored: %1 %2</source>
        <translation>Das Konto wurde erstellt, aber sein Accesskey konnte nicht gespeichert werden: %1 %2</translation>
    </message>
    <message>
        <source>It is printed above: keep it somewhere safe.</source>
        <translation>Er steht oben: Bewahren Sie ihn an einem sicheren Ort auf.</translation>
    </message>
    <message>
        <source>The server shows it only once; sign in with a password once the address is verified and create another key.</source>
        <translation>Der Server zeigt ihn nur einmal; melden Sie sich mit einem Passwort an, sobald die Adresse bestätigt ist, und erstellen Sie einen neuen Schlüssel.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>The account was created and its key %1 stored, but no profile signs in with it: %2</source>
        <translation>Das Konto wurde erstellt und sein Schlüssel %1 gespeichert, aber kein Profil meldet sich damit an: %2</translation>
    </message>
    <message>
        <source>Signed up. Profile “%1” signs in with the accesskey %2 (%3), stored in the keychain. Verify the address with the link emailed to it soon: unverified accounts expire.</source>
        <translation>Registriert. Das Profil „%1“ meldet sich mit dem Accesskey %2 (%3) an, der im Schlüsselbund gespeichert ist. Bestätigen Sie die Adresse bald mit dem Link aus der E-Mail: Unbestätigte Konten laufen ab.</translation>
    </message>
</context>
<context>
    <name>Terminal</name>
    <message>
        <source>There is no terminal to ask on.</source>
        <translation>Es gibt kein Terminal zum Nachfragen.</translation>
    </message>
    <message>
        <source>The terminal cannot turn its echo off.</source>
        <translation>Das Terminal kann sein Echo nicht abschalten.</translation>
    </message>
    <message>
        <source>That answer is too long.</source>
        <translation>Diese Antwort ist zu lang.</translation>
    </message>
    <message>
        <source>The terminal could not be read.</source>
        <translation>Das Terminal konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The first line of stdin is too long.</source>
        <translation>Die erste Zeile von stdin ist zu lang.</translation>
    </message>
    <message>
        <source>stdin could not be read.</source>
        <translation>stdin konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>stdin was empty: pipe the secret in, on its first line.</source>
        <translation>stdin war leer: Leiten Sie das Geheimnis ein, in seiner ersten Zeile.</translation>
    </message>
    <message>
        <source>y</source>
        <translation>j</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source> [y/N] </source>
        <extracomment>The answers: tr(&quot;y&quot;) and tr(&quot;yes&quot;) say yes (and so do y and yes); anything else is no.</extracomment>
        <translation> [j/N] </translation>
    </message>
</context>
<context>
    <name>TokenSource</name>
    <message>
        <source>Profile “%1” signs in with a password, not an accesskey: name a key (vbkeys list shows them, vbkeys create makes one).</source>
        <translation>Das Profil „%1“ meldet sich mit einem Passwort an, nicht mit einem Accesskey: Geben Sie einen Schlüssel an (vbkeys list zeigt sie, vbkeys create erstellt einen).</translation>
    </message>
    <message>
        <source>Profile “%1” has no saved accesskey. Sign in with vbkeys login --profile “%1” --accesskey.</source>
        <translation>Das Profil „%1“ hat keinen gespeicherten Accesskey. Melden Sie sich mit vbkeys login --profile „%1“ --accesskey an.</translation>
    </message>
    <message>
        <source>The secret of key “%1” is not stored on this computer: the server shows a secret only once, to whoever created the key.</source>
        <translation>Das Geheimnis des Schlüssels „%1“ ist auf diesem Rechner nicht gespeichert: Der Server zeigt ein Geheimnis nur einmal, demjenigen, der den Schlüssel erstellt hat.</translation>
    </message>
</context>
<context>
    <name>TokenVerb</name>
    <message>
        <source>Print a stored key&apos;s secret (default: the profile&apos;s accesskey) for a pipe.</source>
        <translation>Das Geheimnis eines gespeicherten Schlüssels (Standard: der Accesskey des Profils) für eine Pipe ausgeben.</translation>
    </message>
    <message>
        <source>Print it to a terminal too.</source>
        <translation>Auch auf ein Terminal ausgeben.</translation>
    </message>
    <message>
        <source>The key&apos;s id, name or token prefix.</source>
        <translation>ID, Name oder Token-Präfix des Schlüssels.</translation>
    </message>
    <message>
        <source>token: name at most one key.</source>
        <translation>token: Geben Sie höchstens einen Schlüssel an.</translation>
    </message>
    <message>
        <source>token: stdout is a terminal. Pipe it (vbkeys token | …), use it in $(vbkeys token), or add --reveal to show it here.</source>
        <translation>token: stdout ist ein Terminal. Leiten Sie es weiter (vbkeys token | …), verwenden Sie es in $(vbkeys token), oder fügen Sie --reveal hinzu, um es hier anzuzeigen.</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>&amp;Show VoIPbin Keys</source>
        <translation>VoIPbin Keys &amp;anzeigen</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>VoIPbin Keys tray menu</source>
        <translation>Menü von VoIPbin Keys in der Kontrollleiste</translation>
    </message>
</context>
<context>
    <name>VnConfigFile</name>
    <message>
        <source>It is not a vn configuration: the top is not a mapping.</source>
        <translation>Sie ist keine vn-Konfiguration: Die oberste Ebene ist keine Zuordnung.</translation>
    </message>
    <message>
        <source>Its current_profile is not a name.</source>
        <translation>Ihr current_profile ist kein Name.</translation>
    </message>
    <message>
        <source>Its profiles are not a mapping of names to profiles.</source>
        <translation>Ihre profiles sind keine Zuordnung von Namen zu Profilen.</translation>
    </message>
    <message>
        <source>Its profile “%1” is not access_key and api_url.</source>
        <translation>Ihr Profil „%1“ besteht nicht aus access_key und api_url.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link (to %2). vbkeys reads vn&apos;s file only where it is: name the file itself with --file.</source>
        <translation>%1 ist eine symbolische Verknüpfung (auf %2). vbkeys liest die Datei von vn nur dort, wo sie liegt: Geben Sie die Datei selbst mit --file an.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 ist keine reguläre Datei.</translation>
    </message>
    <message>
        <source>%1 is %2 bytes, far more than a vn configuration; it was not read.</source>
        <translation>%1 ist %2 Byte groß, weit mehr als eine vn-Konfiguration; sie wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>%1 can be read by other users of this computer (mode %2): the keys in it may have been copied. Replace them once they are imported.</source>
        <translation>%1 kann von anderen Benutzern dieses Rechners gelesen werden (Modus %2): Die Schlüssel darin wurden möglicherweise kopiert. Ersetzen Sie sie, sobald sie übernommen sind.</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2</source>
        <translation>%1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>it is too large.</source>
        <translation>sie ist zu groß.</translation>
    </message>
    <message>
        <source>The keys could not be blanked without changing anything else.</source>
        <translation>Die Schlüssel konnten nicht geleert werden, ohne etwas anderes zu ändern.</translation>
    </message>
    <message>
        <source>%1 was not read.</source>
        <translation>%1 wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>%1 belongs to another user; vbkeys does not change it.</source>
        <translation>%1 gehört einem anderen Benutzer; vbkeys ändert sie nicht.</translation>
    </message>
    <message>
        <source>%1 can be read by other users, so vbkeys leaves it alone. Make it yours only (chmod 600 %1), then run the import again.</source>
        <translation>%1 kann von anderen Benutzern gelesen werden, daher lässt vbkeys sie unverändert. Machen Sie sie nur für sich lesbar (chmod 600 %1) und führen Sie die Übernahme erneut aus.</translation>
    </message>
    <message>
        <source>%1 changed while vbkeys was reading it; run the import again.</source>
        <translation>%1 hat sich geändert, während vbkeys sie gelesen hat; führen Sie die Übernahme erneut aus.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>vn already has a profile named “%1”.</source>
        <translation>vn hat bereits ein Profil namens „%1“.</translation>
    </message>
    <message>
        <source>%1 cannot be made.</source>
        <translation>%1 kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>VnImport</name>
    <message>
        <source>its api_url cannot be used: %1</source>
        <translation>seine api_url kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>the server did not accept its key (expired, revoked or mistyped)</source>
        <translation>der Server hat seinen Schlüssel nicht angenommen (abgelaufen, widerrufen oder falsch eingegeben)</translation>
    </message>
    <message>
        <source>its key could not be stored in the keychain: %1</source>
        <translation>sein Schlüssel konnte nicht im Schlüsselbund gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>VnImportDialog</name>
    <message>
        <source>Import from vn</source>
        <translation>Aus vn importieren</translation>
    </message>
    <message>
        <source>vn&apos;s file</source>
        <translation>Datei von vn</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>vn profiles</source>
        <translation>vn-Profile</translation>
    </message>
    <message>
        <source>Tick the vn profiles whose keys move into profiles here</source>
        <translation>Die vn-Profile ankreuzen, deren Schlüssel hierher in Profile übernommen werden</translation>
    </message>
    <message>
        <source>vn profile</source>
        <translation>vn-Profil</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Checking keys</source>
        <translation>Schlüssel werden geprüft</translation>
    </message>
    <message>
        <source>About removing the keys</source>
        <translation>Zum Entfernen der Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Check each ticked key with its server and keep it in a profile</source>
        <translation>Jeden angekreuzten Schlüssel bei seinem Server prüfen und in einem Profil aufbewahren</translation>
    </message>
    <message>
        <source>&amp;Remove the plaintext keys from vn&apos;s file</source>
        <translation>Klartext-Schlüssel aus der Datei von vn &amp;entfernen</translation>
    </message>
    <message>
        <source>Remove the plaintext keys from vn&apos;s file</source>
        <translation>Klartext-Schlüssel aus der Datei von vn entfernen</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
    <message>
        <source>Your keys are in the keychain now. vn does not need them in its file: run it as vbkeys exec --profile NAME -- vn …, which hands vn the profile&apos;s key in VN_ACCESS_KEY. Removing them blanks only the keys in %1; everything else in it stays as it is.</source>
        <translation>Ihre Schlüssel liegen jetzt im Schlüsselbund. vn braucht sie nicht in seiner Datei: Starten Sie es als vbkeys exec --profile NAME -- vn …, das vn den Schlüssel des Profils in VN_ACCESS_KEY übergibt. Beim Entfernen werden nur die Schlüssel in %1 geleert; alles andere darin bleibt, wie es ist.</translation>
    </message>
    <message>
        <source>checking the key…</source>
        <translation>Schlüssel wird geprüft …</translation>
    </message>
    <message>
        <source>imported as profile “%1”</source>
        <translation>als Profil „%1“ importiert</translation>
    </message>
    <message>
        <source>not imported: %1</source>
        <translation>nicht importiert: %1</translation>
    </message>
    <message>
        <source>vn&apos;s file: %1</source>
        <translation>Datei von vn: %1</translation>
    </message>
    <message>
        <source>Nothing was imported and the file was not changed: %1</source>
        <translation>Nichts wurde importiert, und die Datei wurde nicht geändert: %1</translation>
    </message>
    <message>
        <source>vn keeps these profiles, with their keys in plaintext, in %1.</source>
        <translation>vn bewahrt diese Profile mit ihren Schlüsseln im Klartext in %1 auf.</translation>
    </message>
    <message>
        <source>no key in vn&apos;s file</source>
        <translation>kein Schlüssel in der Datei von vn</translation>
    </message>
    <message>
        <source>its api_url cannot be used: %1</source>
        <translation>seine api_url ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>vn&apos;s file holds no profile to import.</source>
        <translation>Die Datei von vn enthält kein Profil zum Importieren.</translation>
    </message>
    <message>
        <source>No profile in vn&apos;s file has a key to import.</source>
        <translation>Kein Profil in der Datei von vn hat einen Schlüssel zum Importieren.</translation>
    </message>
    <message>
        <source>Tick the vn profiles to import first.</source>
        <translation>Kreuzen Sie zuerst die zu importierenden vn-Profile an.</translation>
    </message>
    <message>
        <source>Checking each key with its server…</source>
        <translation>Jeder Schlüssel wird bei seinem Server geprüft …</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) imported; each profile is signed in.</source>
        <translation>
            <numerusform>%n Schlüssel importiert; das Profil ist angemeldet.</numerusform>
            <numerusform>%n Schlüssel importiert; jedes Profil ist angemeldet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) imported, %1 not: see each profile&apos;s result.</source>
        <translation>
            <numerusform>%n Schlüssel importiert, %1 nicht: siehe das Ergebnis jedes Profils.</numerusform>
            <numerusform>%n Schlüssel importiert, %1 nicht: siehe das Ergebnis jedes Profils.</numerusform>
        </translation>
    </message>
    <message>
        <source>vn&apos;s file is left as it is while some of its keys are not kept here.</source>
        <translation>Die Datei von vn bleibt unverändert, solange einige ihrer Schlüssel hier nicht aufbewahrt sind.</translation>
    </message>
    <message>
        <source>The keys were not removed from vn&apos;s file: %1</source>
        <translation>Die Schlüssel wurden nicht aus der Datei von vn entfernt: %1</translation>
    </message>
    <message>
        <source>The keys in %1 are blank now. Run vn as vbkeys exec --profile NAME -- vn …</source>
        <translation>Die Schlüssel in %1 sind jetzt leer. Starten Sie vn als vbkeys exec --profile NAME -- vn …</translation>
    </message>
</context>
<context>
    <name>VnYaml</name>
    <message>
        <source>The file holds more than one YAML document.</source>
        <translation>Die Datei enthält mehr als ein YAML-Dokument.</translation>
    </message>
    <message>
        <source>It is not valid YAML (line %1: %2).</source>
        <translation>Sie ist kein gültiges YAML (Zeile %1: %2).</translation>
    </message>
    <message>
        <source>It is nested too deeply for a vn configuration.</source>
        <translation>Sie ist für eine vn-Konfiguration zu tief verschachtelt.</translation>
    </message>
    <message>
        <source>It uses YAML anchors or aliases, which vn never writes.</source>
        <translation>Sie verwendet YAML-Anker oder -Aliase, die vn nie schreibt.</translation>
    </message>
    <message>
        <source>The key “%1” appears twice in one mapping.</source>
        <translation>Der Schlüssel „%1“ kommt in einer Zuordnung zweimal vor.</translation>
    </message>
    <message>
        <source>A mapping has a key that is not text.</source>
        <translation>Eine Zuordnung hat einen Schlüssel, der kein Text ist.</translation>
    </message>
</context>
<context>
    <name>VoipbinClient</name>
    <message>
        <source>An accesskey must be valid for at least 1 day and at most about 68 years (86400 to 2147483647 seconds).</source>
        <translation>Ein Accesskey muss mindestens 1 Tag und höchstens etwa 68 Jahre gültig sein (86400 bis 2147483647 Sekunden).</translation>
    </message>
    <message>
        <source>No accesskey was chosen.</source>
        <translation>Es wurde kein Accesskey ausgewählt.</translation>
    </message>
    <message>
        <source>The connection closed before any answer; the request was not sent again.</source>
        <translation>Die Verbindung wurde vor jeder Antwort geschlossen; die Anfrage wurde nicht erneut gesendet.</translation>
    </message>
    <message>
        <source>Enter the email address for the new account.</source>
        <translation>Geben Sie die E-Mail-Adresse für das neue Konto ein.</translation>
    </message>
    <message>
        <source>To create an account you must accept the VoIPbin terms of service.</source>
        <translation>Um ein Konto zu erstellen, müssen Sie den Nutzungsbedingungen von VoIPbin zustimmen.</translation>
    </message>
    <message>
        <source>There is no sign-up waiting for a code; start the sign-up again.</source>
        <translation>Keine Registrierung wartet auf einen Code; beginnen Sie die Registrierung erneut.</translation>
    </message>
    <message>
        <source>The code is the 6 digits from the email VoIPbin sent.</source>
        <translation>Der Code sind die 6 Ziffern aus der E-Mail, die VoIPbin gesendet hat.</translation>
    </message>
    <message numerus="yes">
        <source>The new password must be at least %n characters long.</source>
        <translation>
            <numerusform>Das neue Passwort muss mindestens %n Zeichen lang sein.</numerusform>
            <numerusform>Das neue Passwort muss mindestens %n Zeichen lang sein.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowLock</name>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>Lock the app: every session is closed and its secrets dropped</source>
        <translation>Die Anwendung sperren: Jede Sitzung wird geschlossen und ihre Geheimnisse verworfen</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Manage VoIPbin API accesskeys.</source>
        <translation>VoIPbin-API-Accesskeys verwalten.</translation>
    </message>
    <message>
        <source>Preselect the server at URL.</source>
        <translation>Den Server unter URL vorauswählen.</translation>
    </message>
    <message>
        <source>Preselect the local sandbox server.</source>
        <translation>Den lokalen Sandbox-Server vorauswählen.</translation>
    </message>
    <message>
        <source>Show the sign-in window, report it on stdout and exit.</source>
        <translation>Das Anmeldefenster zeigen, dies auf stdout melden und beenden.</translation>
    </message>
    <message>
        <source>Save screenshots to DIR.</source>
        <translation>Bildschirmfotos in DIR speichern.</translation>
    </message>
    <message>
        <source>Show the profile named NAME.</source>
        <translation>Das Profil namens NAME anzeigen.</translation>
    </message>
    <message>
        <source>There is no profile named “%1”. The profiles are: %2.</source>
        <translation>Es gibt kein Profil namens „%1“. Die Profile sind: %2.</translation>
    </message>
</context>
</TS>
