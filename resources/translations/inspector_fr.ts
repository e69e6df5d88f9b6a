<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Return Inspector</source>
        <translation>À propos de Return Inspector</translation>
    </message>
    <message>
        <source>Return Inspector</source>
        <translation>Return Inspector</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>Dossier des journaux</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier des données</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>none (standalone)</source>
        <translation>aucun (poste autonome)</translation>
    </message>
</context>
<context>
    <name>AttentionDialog</name>
    <message>
        <source>Inspections that need attention</source>
        <translation>Inspections à traiter</translation>
    </message>
    <message>
        <source>The server refused these inspections. They are kept safely on this bench. Read the reason, fix what it says, then Retry. Export saves an entry to a file for IT. When the server&apos;s verdict stands (another bench&apos;s inspection is right), type why and Dismiss: the entry stays here, unsent. When this bench&apos;s inspection is right, Correct: a shift lead authorises it to replace the server&apos;s verdict.</source>
        <translation>Le serveur a refusé ces inspections. Elles sont conservées en sécurité sur ce poste. Lisez la raison, corrigez ce qu&apos;elle indique, puis cliquez sur Réessayer. Exporter enregistre une entrée dans un fichier pour le service informatique. Si le verdict du serveur est maintenu (l&apos;inspection de l&apos;autre poste est la bonne), indiquez pourquoi et classez sans suite : l&apos;entrée reste ici, non envoyée. Si l&apos;inspection de ce poste est la bonne, cliquez sur Corriger : un chef d&apos;équipe l&apos;autorise à remplacer le verdict du serveur.</translation>
    </message>
    <message>
        <source>Reason to dismiss:</source>
        <translation>Motif du classement :</translation>
    </message>
    <message>
        <source>Why this inspection is not to be sent, e.g. the other bench&apos;s verdict stands</source>
        <translation>Pourquoi cette inspection ne doit pas être envoyée, p. ex. le verdict de l&apos;autre poste est maintenu</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>&amp;Corriger…</translation>
    </message>
    <message>
        <source>This inspection is right: a shift lead authorises it to replace the server&apos;s verdict, then it is corrected (or sent again)</source>
        <translation>Cette inspection est la bonne : un chef d&apos;équipe l&apos;autorise à remplacer le verdict du serveur, puis elle est corrigée (ou renvoyée)</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>Classer sans &amp;suite</translation>
    </message>
    <message>
        <source>Leave this inspection unsent (the server&apos;s verdict stands): it stays on this bench with your reason</source>
        <translation>Ne pas envoyer cette inspection (le verdict du serveur est maintenu) : elle reste sur ce poste avec votre motif</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Retour client</translation>
    </message>
    <message>
        <source>Finalized</source>
        <translation>Finalisée</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Essais</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <source>Type why this inspection is not to be sent, then Dismiss.</source>
        <translation>Indiquez pourquoi cette inspection ne doit pas être envoyée, puis classez sans suite.</translation>
    </message>
    <message>
        <source>Export for IT</source>
        <translation>Exporter pour le service informatique</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Fichiers zip (*.zip)</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>admin</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>chef d&apos;équipe</translation>
    </message>
    <message>
        <source>inspector</source>
        <translation>contrôleur</translation>
    </message>
    <message>
        <source>bench</source>
        <translation>poste</translation>
    </message>
    <message>
        <source>server</source>
        <translation>serveur</translation>
    </message>
    <message>
        <source>{role} token of {whose}</source>
        <translation>jeton {role} de {whose}</translation>
    </message>
    <message>
        <source>{role} token of no one</source>
        <translation>jeton {role} sans titulaire</translation>
    </message>
    <message>
        <source>token of {badge}</source>
        <translation>jeton de {badge}</translation>
    </message>
    <message>
        <source>{name}, {role}</source>
        <translation>{name}, {role}</translation>
    </message>
    <message>
        <source>{changes}</source>
        <translation>{changes}</translation>
    </message>
    <message>
        <source>role {before} → {after}</source>
        <translation>rôle {before} → {after}</translation>
    </message>
    <message>
        <source>name {before} → {after}</source>
        <translation>nom {before} → {after}</translation>
    </message>
    <message>
        <source>reactivated</source>
        <translation>réactivé</translation>
    </message>
    <message>
        <source>new PIN</source>
        <translation>nouveau code PIN</translation>
    </message>
    <message>
        <source>nothing changed</source>
        <translation>aucun changement</translation>
    </message>
    <message>
        <source>{created} new, {updated} updated, {unchanged} unchanged</source>
        <translation>{created} nouveaux, {updated} mis à jour, {unchanged} inchangés</translation>
    </message>
    <message>
        <source>{created} new, {updated} updated from Back Market</source>
        <translation>{created} nouveaux, {updated} mis à jour depuis Back Market</translation>
    </message>
    <message>
        <source>from bench {station}: {stored} stored, {replayed} already here, {refused} refused</source>
        <translation>du poste {station} : {stored} enregistrées, {replayed} déjà présentes, {refused} refusées</translation>
    </message>
    <message>
        <source>sha256 {digest} from {source}</source>
        <translation>sha256 {digest} depuis {source}</translation>
    </message>
    <message>
        <source>{inspection} by {inspector} supersedes {supersedes}: {outcome}, {disposition}</source>
        <translation>{inspection} par {inspector} remplace {supersedes} : {outcome}, {disposition}</translation>
    </message>
    <message>
        <source>{inspection}: proposed {proposed}, chose {chose}; reason: {reason}</source>
        <translation>{inspection} : proposé {proposed}, choisi {chose} ; motif : {reason}</translation>
    </message>
    <message>
        <source>{station} may supersede {inspection} (by {inspector} at {at}) until {until}</source>
        <translation>{station} peut remplacer {inspection} (par {inspector} au poste {at}) jusqu&apos;au {until}</translation>
    </message>
    <message>
        <source>{code}: {inspection} claims bench {station}, inspector {inspector}</source>
        <translation>{code} : {inspection} se dit du poste {station}, contrôleur {inspector}</translation>
    </message>
    <message>
        <source>{role}, {method}</source>
        <translation>{role}, {method}</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>code PIN</translation>
    </message>
    <message>
        <source>badge</source>
        <translation>badge</translation>
    </message>
    <message>
        <source>wrong PIN</source>
        <translation>code PIN erroné</translation>
    </message>
    <message>
        <source>not a lead</source>
        <translation>pas chef d&apos;équipe</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
</context>
<context>
    <name>Camera</name>
    <message>
        <source>no photo: {reason}</source>
        <translation>pas de photo : {reason}</translation>
    </message>
    <message>
        <source>a photo must be an 8-bit BGR or grayscale image</source>
        <translation>une photo doit être une image BGR ou en niveaux de gris sur 8 bits</translation>
    </message>
    <message>
        <source>the photo could not be encoded as JPEG</source>
        <translation>la photo n&apos;a pas pu être enregistrée en JPEG</translation>
    </message>
    <message>
        <source>{file}: {mb} MB is too big for a photo</source>
        <translation>{file} : {mb} Mo, c&apos;est trop lourd pour une photo</translation>
    </message>
    <message>
        <source>{file}: cannot be read ({why})</source>
        <translation>{file} : lecture impossible ({why})</translation>
    </message>
    <message>
        <source>{file}: not an image file this station can read</source>
        <translation>{file} : ce n&apos;est pas une image que ce poste sait lire</translation>
    </message>
    <message>
        <source>{file}: the image is damaged ({why})</source>
        <translation>{file} : l&apos;image est endommagée ({why})</translation>
    </message>
    <message>
        <source>no camera is running to take the photo; check the camera settings</source>
        <translation>aucune caméra ne tourne pour prendre la photo ; vérifiez les réglages de la caméra</translation>
    </message>
    <message>
        <source>{file}: {width}x{height} pixels is too big</source>
        <translation>{file} : {width}x{height} pixels, c&apos;est trop grand</translation>
    </message>
    <message>
        <source>the camera did not deliver a picture in time</source>
        <translation>la caméra n&apos;a pas fourni d&apos;image à temps</translation>
    </message>
    <message>
        <source> This computer lacks the FFmpeg libraries that play video files and network cameras: install the packages Return Inspector recommends (on Debian 12: apt install {packages}).</source>
        <translation> Il manque sur cet ordinateur les bibliothèques FFmpeg qui lisent les fichiers vidéo et les caméras réseau : installez les paquets recommandés par Return Inspector (sur Debian 12 : apt install {packages}).</translation>
    </message>
    <message>
        <source>camera {index}</source>
        <translation>caméra {index}</translation>
    </message>
    <message>
        <source>The stream from {camera} was interrupted; reconnecting.</source>
        <translation>Le flux de {camera} a été interrompu ; reconnexion en cours.</translation>
    </message>
    <message>
        <source>No camera configured: set camera.source to a device index, a file or an rtsp:// or http:// URL.</source>
        <translation>Aucune caméra configurée : indiquez dans camera.source un numéro de périphérique, un fichier ou une URL rtsp:// ou http://.</translation>
    </message>
    <message>
        <source>Cameras found: {devices}.</source>
        <translation>Caméras trouvées : {devices}.</translation>
    </message>
    <message>
        <source>No camera was found on this computer; check the cable.</source>
        <translation>Aucune caméra n&apos;a été trouvée sur cet ordinateur ; vérifiez le câble.</translation>
    </message>
    <message>
        <source>Camera {index} is not available. {there}</source>
        <translation>La caméra {index} n&apos;est pas disponible. {there}</translation>
    </message>
    <message>
        <source>Cannot connect to {camera}: check the address, that the camera is on and that this computer can reach it.{ffmpeg}</source>
        <translation>Connexion impossible à {camera} : vérifiez l&apos;adresse, que la caméra est allumée et que cet ordinateur peut la joindre.{ffmpeg}</translation>
    </message>
    <message>
        <source>Camera file {file} does not exist.</source>
        <translation>Le fichier caméra {file} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>{file} is not a video OpenCV can play.{ffmpeg}</source>
        <translation>{file} n&apos;est pas une vidéo qu&apos;OpenCV sait lire.{ffmpeg}</translation>
    </message>
    <message>
        <source>{camera} is not open.</source>
        <translation>{camera} n&apos;est pas ouverte.</translation>
    </message>
    <message>
        <source>The video {file} has ended.</source>
        <translation>La vidéo {file} est terminée.</translation>
    </message>
    <message>
        <source>{camera} stopped sending pictures (unplugged?); reconnecting.</source>
        <translation>{camera} n&apos;envoie plus d&apos;images (débranchée ?) ; reconnexion en cours.</translation>
    </message>
    <message>
        <source>{file} is not an image OpenCV can read.</source>
        <translation>{file} n&apos;est pas une image qu&apos;OpenCV sait lire.</translation>
    </message>
    <message>
        <source>the camera stream stopped</source>
        <translation>le flux de la caméra s&apos;est arrêté</translation>
    </message>
</context>
<context>
    <name>CameraView</name>
    <message>
        <source>No camera picture yet</source>
        <translation>Pas encore d&apos;image de la caméra</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>A photo is referenced by its SHA-256 (64 lower-case hex digits).</source>
        <translation>Une photo est désignée par son SHA-256 (64 chiffres hexadécimaux en minuscules).</translation>
    </message>
    <message>
        <source>An inspection holds at most {limit} photos; remove one first.</source>
        <translation>Une inspection contient au plus {limit} photos ; supprimez-en une d&apos;abord.</translation>
    </message>
    <message>
        <source>The draft was made with checklist {saved} v{saved_version}, not {template} v{version}.</source>
        <translation>Le brouillon a été fait avec la checklist {saved} v{saved_version}, pas {template} v{version}.</translation>
    </message>
    <message>
        <source>“{label}” does not apply given the answers above it.</source>
        <translation>« {label} » ne s&apos;applique pas, vu les réponses précédentes.</translation>
    </message>
    <message>
        <source>{label}: {have} of 1 photo taken</source>
        <translation>{label} : {have} photo prise sur 1</translation>
    </message>
    <message>
        <source>{label}: {have} of {needed} photos taken</source>
        <translation>{label} : {have} photo(s) prise(s) sur {needed}</translation>
    </message>
    <message>
        <source>This checklist has no item &apos;{item}&apos;.</source>
        <translation>Cette checklist n&apos;a pas de question « {item} ».</translation>
    </message>
    <message>
        <source>Not answered: {label}</source>
        <translation>Sans réponse : {label}</translation>
    </message>
    <message>
        <source>The draft holds a malformed photo reference: {sha}.</source>
        <translation>Le brouillon contient une référence de photo invalide : {sha}.</translation>
    </message>
    <message>
        <source>{number} {unit}</source>
        <translation>{number} {unit}</translation>
    </message>
    <message>
        <source>“{label}” takes photos, not an answer.</source>
        <translation>« {label} » attend des photos, pas une réponse.</translation>
    </message>
    <message>
        <source>“{label}” needs an answer.</source>
        <translation>« {label} » attend une réponse.</translation>
    </message>
    <message>
        <source>“{label}”: expected text.</source>
        <translation>« {label} » : un texte est attendu.</translation>
    </message>
    <message>
        <source>“{label}”: at most {limit} characters, please shorten it.</source>
        <translation>« {label} » : {limit} caractères au plus, raccourcissez le texte.</translation>
    </message>
    <message>
        <source>“{label}”: the text contains a control character.</source>
        <translation>« {label} » : le texte contient un caractère de contrôle.</translation>
    </message>
    <message>
        <source>“{label}”: enter a number.</source>
        <translation>« {label} » : saisissez un nombre.</translation>
    </message>
    <message>
        <source>“{label}”: {value} is not at most {high}.</source>
        <translation>« {label} » : {value} dépasse {high}.</translation>
    </message>
    <message>
        <source>“{label}”: answer yes or no.</source>
        <translation>« {label} » : répondez oui ou non.</translation>
    </message>
    <message>
        <source>“{label}”: pick one of: {choices}.</source>
        <translation>« {label} » : choisissez parmi : {choices}.</translation>
    </message>
    <message>
        <source>“{label}”: {value} is not between {low} and {high}.</source>
        <translation>« {label} » : {value} n&apos;est pas compris entre {low} et {high}.</translation>
    </message>
    <message>
        <source>“{label}”: {value} is not at least {low}.</source>
        <translation>« {label} » : {value} est inférieur à {low}.</translation>
    </message>
    <message>
        <source>{code} is not in the form this checklist expects here.</source>
        <translation>{code} n&apos;a pas la forme attendue ici par cette checklist.</translation>
    </message>
    <message>
        <source>{code} is not an IMEI: its last digit is not the check digit.</source>
        <translation>{code} n&apos;est pas un IMEI : son dernier chiffre n&apos;est pas la clé de contrôle.</translation>
    </message>
    <message>
        <source>{code} is not an IMEI: an IMEI is 15 digits.</source>
        <translation>{code} n&apos;est pas un IMEI : un IMEI compte 15 chiffres.</translation>
    </message>
    <message>
        <source>{code} is not a serial number: 5 to 30 letters and digits.</source>
        <translation>{code} n&apos;est pas un numéro de série : 5 à 30 lettres et chiffres.</translation>
    </message>
    <message>
        <source>“{label}”: {problem}</source>
        <translation>« {label} » : {problem}</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <source>All pass (A)</source>
        <translation>Aucun défaut (A)</translation>
    </message>
    <message>
        <source>A: every open question of this section gets its no-defect answer; each stays on screen to check and change</source>
        <translation>A : chaque question ouverte de cette section reçoit sa réponse « aucun défaut » ; chacune reste à l&apos;écran pour être vérifiée et changée</translation>
    </message>
    <message>
        <source>Keys: Y / N answer · 1-9 choose · P / Ctrl+P photo · A all pass · Enter next · Backspace back</source>
        <translation>Touches : Y / N répondre · 1-9 choisir · P / Ctrl+P photo · A aucun défaut · Entrée suivant · Retour arrière revenir</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Section {n} of {total}</source>
        <translation>Partie {n} sur {total}</translation>
    </message>
    <message>
        <source>{n} thing(s) left to do in this section</source>
        <translation>Encore {n} point(s) à traiter dans cette partie</translation>
    </message>
    <message>
        <source>All pass answered {n}: check each answer, change any with its key (Ctrl+Z takes them back), then Enter</source>
        <translation>« Aucun défaut » a répondu à {n} questions : vérifiez chaque réponse, changez-la avec sa touche (Ctrl+Z les retire), puis Entrée</translation>
    </message>
    <message>
        <source>Section complete ✔</source>
        <translation>Partie terminée ✔</translation>
    </message>
    <message>
        <source>Go to verdict</source>
        <translation>Passer à la décision</translation>
    </message>
    <message>
        <source>Next section</source>
        <translation>Partie suivante</translation>
    </message>
    <message>
        <source>Back to return card</source>
        <translation>Revenir à la fiche retour</translation>
    </message>
    <message>
        <source>Previous section</source>
        <translation>Partie précédente</translation>
    </message>
</context>
<context>
    <name>CodeScanItem</name>
    <message>
        <source>Scan or type the code</source>
        <translation>Scannez ou saisissez le code</translation>
    </message>
    <message>
        <source>{code} is on the label of parcel {rma}, not on the device.</source>
        <translation>{code} figure sur l&apos;étiquette du colis {rma}, pas sur l&apos;appareil.</translation>
    </message>
    <message>
        <source>Does not match the order</source>
        <translation>Ne correspond pas à la commande</translation>
    </message>
    <message>
        <source>Nothing to compare with on the order</source>
        <translation>Rien à comparer sur la commande</translation>
    </message>
    <message>
        <source>Matches the order</source>
        <translation>Correspond à la commande</translation>
    </message>
</context>
<context>
    <name>Codes</name>
    <message>
        <source>A code must be text.</source>
        <translation>Un code doit être du texte.</translation>
    </message>
    <message>
        <source>This code is {length} characters long; parcel codes are much shorter.</source>
        <translation>Ce code fait {length} caractères ; les codes de colis sont bien plus courts.</translation>
    </message>
    <message>
        <source>The code contains a control character ({character}); check the scanner&apos;s suffix settings.</source>
        <translation>Le code contient un caractère de contrôle ({character}) ; vérifiez le suffixe configuré sur la douchette.</translation>
    </message>
    <message>
        <source>The code is empty.</source>
        <translation>Le code est vide.</translation>
    </message>
    <message>
        <source>A parcel code holds only letters and digits.</source>
        <translation>Un code de colis ne contient que des lettres et des chiffres.</translation>
    </message>
    <message>
        <source>This code is {length} characters long; parcel codes are at most {limit}.</source>
        <translation>Ce code fait {length} caractères ; un code de colis en compte au plus {limit}.</translation>
    </message>
</context>
<context>
    <name>CorrectionFlow</name>
    <message>
        <source>{rma} has no verdict to correct.</source>
        <translation>{rma} n&apos;a pas de verdict à corriger.</translation>
    </message>
    <message>
        <source>One photo of the earlier inspection could not be fetched: take it again.</source>
        <translation>Une photo de l&apos;inspection précédente n&apos;a pas pu être récupérée : reprenez-la.</translation>
    </message>
    <message>
        <source>{n} photos of the earlier inspection could not be fetched: take them again.</source>
        <translation>{n} photos de l&apos;inspection précédente n&apos;ont pas pu être récupérées : reprenez-les.</translation>
    </message>
</context>
<context>
    <name>DraftResume</name>
    <message>
        <source>Resume the unfinished inspection of {rma} ({model})</source>
        <translation>Reprendre l&apos;inspection non terminée de {rma} ({model})</translation>
    </message>
    <message>
        <source>Unfinished inspection</source>
        <translation>Inspection non terminée</translation>
    </message>
    <message>
        <source>The inspection of {rma} is not finished.</source>
        <translation>L&apos;inspection de {rma} n&apos;est pas terminée.</translation>
    </message>
    <message>
        <source>Keep it as a draft to finish later, or discard it?</source>
        <translation>La garder en brouillon pour la finir plus tard, ou l&apos;abandonner ?</translation>
    </message>
    <message>
        <source>Keep draft, open new parcel</source>
        <translation>Garder le brouillon, ouvrir le nouveau colis</translation>
    </message>
    <message>
        <source>Discard it</source>
        <translation>L&apos;abandonner</translation>
    </message>
    <message>
        <source>Continue this inspection</source>
        <translation>Continuer cette inspection</translation>
    </message>
</context>
<context>
    <name>Eligibility</name>
    <message>
        <source>holiday season</source>
        <translation>période des fêtes</translation>
    </message>
    <message>
        <source>a Monday</source>
        <translation>un lundi</translation>
    </message>
    <message>
        <source>a Tuesday</source>
        <translation>un mardi</translation>
    </message>
    <message>
        <source>a Wednesday</source>
        <translation>un mercredi</translation>
    </message>
    <message>
        <source>a Thursday</source>
        <translation>un jeudi</translation>
    </message>
    <message>
        <source>a Friday</source>
        <translation>un vendredi</translation>
    </message>
    <message>
        <source>a Saturday</source>
        <translation>un samedi</translation>
    </message>
    <message>
        <source>a Sunday</source>
        <translation>un dimanche</translation>
    </message>
    <message>
        <source>, moved from {day}: {why}</source>
        <translation>, reportée du {day} : {why}</translation>
    </message>
    <message>
        <source>the {days}-day withdrawal window</source>
        <translation>délai de rétractation de {days} jours</translation>
    </message>
    <message>
        <source>Within {window} (deadline {deadline}{moved}).</source>
        <translation>Dans le {window} (échéance le {deadline}{moved}).</translation>
    </message>
    <message>
        <source>a public holiday ({name})</source>
        <translation>un jour férié ({name})</translation>
    </message>
    <message>
        <source>Transit damage reported within {days} business days of delivery (deadline {deadline}).</source>
        <translation>Dommage de transport signalé dans les {days} jours ouvrés suivant la livraison (échéance le {deadline}).</translation>
    </message>
    <message>
        <source>Transit damage was reported after its deadline ({late}), but the return is still within {window} (deadline {deadline}{moved}).</source>
        <translation>Le dommage de transport a été signalé après son échéance ({late}), mais le retour reste dans le {window} (échéance le {deadline}{moved}).</translation>
    </message>
    <message>
        <source>Past {window}, but ordered on {ordered}, in the {season}, so returnable until {until}.</source>
        <translation>Hors du {window}, mais commandé le {ordered}, pendant la {season} : retour possible jusqu&apos;au {until}.</translation>
    </message>
    <message>
        <source>Past {window} (closed {closed}), but a defect claim within the {months}-month warranty (until {deadline}).</source>
        <translation>Hors du {window} (clos le {closed}), mais panne déclarée pendant la garantie de {months} mois (jusqu&apos;au {deadline}).</translation>
    </message>
    <message>
        <source>Requested on {asked}, after {window} closed ({closed}).</source>
        <translation>Demandé le {asked}, après la clôture du {window} ({closed}).</translation>
    </message>
    <message>
        <source>Defect claimed on {asked}, after the {months}-month warranty ended ({deadline}).</source>
        <translation>Panne déclarée le {asked}, après la fin de la garantie de {months} mois ({deadline}).</translation>
    </message>
    <message>
        <source>Transit damage must be reported within {days} business days of delivery (deadline {deadline}); it was reported on {asked}, after {window} had also closed ({closed}).</source>
        <translation>Un dommage de transport doit être signalé dans les {days} jours ouvrés suivant la livraison (échéance le {deadline}) ; il l&apos;a été le {asked}, après la clôture du {window} ({closed}).</translation>
    </message>
    <message>
        <source>The return&apos;s dates (delivered {delivered}) are out of range; check the order data.</source>
        <translation>Les dates du retour (livré le {delivered}) sont hors limites ; vérifiez les données de la commande.</translation>
    </message>
</context>
<context>
    <name>Failures</name>
    <message>
        <source>Something went wrong; the log has the details.</source>
        <translation>Une erreur est survenue ; le journal contient les détails.</translation>
    </message>
</context>
<context>
    <name>FraudBanner</name>
    <message>
        <source>Photograph the evidence (E)</source>
        <translation>Photographier les preuves (E)</translation>
    </message>
    <message>
        <source>⚠ {field} does not match the order: possible swap. Do not grade it.</source>
        <translation>⚠ {field} ne correspond pas à la commande : échange possible. Ne pas noter l&apos;appareil.</translation>
    </message>
    <message>
        <source>Order:   {code}</source>
        <translation>Commande : {code}</translation>
    </message>
    <message>
        <source>Scanned: {code}</source>
        <translation>Scanné :   {code}</translation>
    </message>
    <message>
        <source>Set the device aside: photograph the evidence, then refuse and quarantine.</source>
        <translation>Mettez l&apos;appareil de côté : photographiez les preuves, puis refusez et mettez en quarantaine.</translation>
    </message>
    <message>
        <source>The IMEI</source>
        <translation>L&apos;IMEI</translation>
    </message>
    <message>
        <source>The serial number</source>
        <translation>Le numéro de série</translation>
    </message>
    <message>
        <source>The SKU</source>
        <translation>La référence (SKU)</translation>
    </message>
    <message>
        <source>The order number</source>
        <translation>Le numéro de commande</translation>
    </message>
    <message>
        <source>The RMA</source>
        <translation>Le RMA</translation>
    </message>
</context>
<context>
    <name>HandOverPage</name>
    <message>
        <source>This bench has no server. Its finalized inspections wait here; export them into one file and give it to the server&apos;s administrator, who imports it. They stay queued: when this bench joins the server, nothing is stored twice.</source>
        <translation>Ce poste n&apos;a pas de serveur. Ses inspections finalisées attendent ici ; exportez-les dans un seul fichier et remettez-le à l&apos;administrateur du serveur, qui l&apos;importe. Elles restent en file : quand ce poste rejoint le serveur, rien n&apos;est enregistré deux fois.</translation>
    </message>
    <message>
        <source>&amp;Export inspections for the server…</source>
        <translation>&amp;Exporter les inspections pour le serveur…</translation>
    </message>
    <message>
        <source>Inspections waiting for a server: {n}</source>
        <translation>Inspections en attente d&apos;un serveur : {n}</translation>
    </message>
    <message>
        <source>Export inspections</source>
        <translation>Exporter les inspections</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Fichiers zip (*.zip)</translation>
    </message>
    <message>
        <source>Writing {path}…</source>
        <translation>Écriture de {path}…</translation>
    </message>
    <message>
        <source>Wrote {path}: {n} inspection(s), {photos} photo(s), {messages} customer message(s). On the server: inspector-server import-inspections FILE.</source>
        <translation>{path} écrit : {n} inspection(s), {photos} photo(s), {messages} message(s) au client. Sur le serveur : inspector-server import-inspections FICHIER.</translation>
    </message>
</context>
<context>
    <name>InspectionDetailDialog</name>
    <message>
        <source>Inspection</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <source>Export answers CSV…</source>
        <translation>Exporter les réponses en CSV…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
</context>
<context>
    <name>InspectionDialog</name>
    <message>
        <source>Verdict: &lt;b&gt;{outcome}&lt;/b&gt;, {disposition}</source>
        <translation>Décision : &lt;b&gt;{outcome}&lt;/b&gt;, {disposition}</translation>
    </message>
    <message>
        <source>grade {grade}</source>
        <translation>grade {grade}</translation>
    </message>
    <message>
        <source>refund {amount}</source>
        <translation>remboursement {amount}</translation>
    </message>
    <message>
        <source>{name} at {station}, finalized {when}</source>
        <translation>{name} au poste {station}, finalisée le {when}</translation>
    </message>
    <message>
        <source>Started by {badge}, who left it as a draft</source>
        <translation>Commencée par {badge}, qui l&apos;a laissée en brouillon</translation>
    </message>
    <message>
        <source>Proposed: {outcome}</source>
        <translation>Proposé : {outcome}</translation>
    </message>
    <message>
        <source>Override reason: &lt;i&gt;{reason}&lt;/i&gt;</source>
        <translation>Raison du changement : &lt;i&gt;{reason}&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Flags: {flags}</source>
        <translation>Signalements : {flags}</translation>
    </message>
    <message>
        <source>Corrected later by inspection {uuid}</source>
        <translation>Corrigée ensuite par l&apos;inspection {uuid}</translation>
    </message>
    <message>
        <source>Inspection {rma}</source>
        <translation>Inspection {rma}</translation>
    </message>
    <message>
        <source>Loading {n} photos…</source>
        <translation>Chargement de {n} photos…</translation>
    </message>
    <message>
        <source>No photos.</source>
        <translation>Aucune photo.</translation>
    </message>
    <message>
        <source>{n} photos; {missing} not available here.</source>
        <translation>{n} photos ; {missing} non disponibles ici.</translation>
    </message>
    <message>
        <source>{n} photos.</source>
        <translation>{n} photos.</translation>
    </message>
    <message>
        <source>Photos could not be loaded: {why}</source>
        <translation>Les photos n&apos;ont pas pu être chargées : {why}</translation>
    </message>
    <message>
        <source>Export answers</source>
        <translation>Exporter les réponses</translation>
    </message>
</context>
<context>
    <name>ItemWidget</name>
    <message>
        <source>* required</source>
        <translation>* obligatoire</translation>
    </message>
    <message>
        <source>Take photo (P)</source>
        <translation>Prendre une photo (P)</translation>
    </message>
    <message>
        <source>P: take a photo for this item</source>
        <translation>P : prendre une photo pour ce point</translation>
    </message>
    <message>
        <source>Add photo (Ctrl+P)</source>
        <translation>Ajouter une photo (Ctrl+P)</translation>
    </message>
    <message>
        <source>Ctrl+P: add a photo to this item, e.g. of a fault it does not ask about</source>
        <translation>Ctrl+P : ajouter une photo à ce point, par exemple d&apos;un défaut qu&apos;il ne prévoit pas</translation>
    </message>
    <message>
        <source>Open photo {n}</source>
        <translation>Ouvrir la photo {n}</translation>
    </message>
    <message>
        <source>Take {more} more photo(s): {have} of {needed}</source>
        <translation>Encore {more} photo(s) à prendre : {have} sur {needed}</translation>
    </message>
    <message>
        <source>{have} of {needed} photos ✔</source>
        <translation>{have} photos sur {needed} ✔</translation>
    </message>
</context>
<context>
    <name>LabelPreview</name>
    <message>
        <source>Print label</source>
        <translation>Imprimer l&apos;étiquette</translation>
    </message>
</context>
<context>
    <name>LeadPrompt</name>
    <message>
        <source>A shift lead authorises this correction</source>
        <translation>Un chef d&apos;équipe autorise cette correction</translation>
    </message>
    <message>
        <source>The verdict on {rma} was made at another bench, more than a day ago, or the server refused this bench&apos;s, so correcting it needs a shift lead. The lead chooses their name (or scans their badge) and types their PIN; you stay signed in.</source>
        <translation>Le verdict de {rma} a été rendu sur un autre poste, il y a plus d&apos;un jour, ou le serveur a refusé celui de ce poste : le corriger demande un chef d&apos;équipe. Le chef d&apos;équipe choisit son nom (ou scanne son badge) et saisit son code PIN ; vous restez connecté.</translation>
    </message>
    <message>
        <source>&amp;Lead</source>
        <translation>&amp;Responsable</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>Code &amp;PIN</translation>
    </message>
    <message>
        <source>&amp;Authorise</source>
        <translation>&amp;Autoriser</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>No shift lead is known at this bench yet: the list of people comes from the server.</source>
        <translation>Aucun chef d&apos;équipe n&apos;est encore connu sur ce poste : la liste des personnes vient du serveur.</translation>
    </message>
    <message>
        <source>Badge {code} is not a shift lead&apos;s.</source>
        <translation>Le badge {code} n&apos;est pas celui d&apos;un chef d&apos;équipe.</translation>
    </message>
    <message>
        <source>Type the lead&apos;s PIN.</source>
        <translation>Saisissez le code PIN du chef d&apos;équipe.</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Demande au serveur…</translation>
    </message>
</context>
<context>
    <name>LeadTables</name>
    <message>
        <source>Inspector</source>
        <translation>Contrôleur</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Badge</translation>
    </message>
    <message>
        <source>Inspected</source>
        <translation>Inspectés</translation>
    </message>
    <message>
        <source>Median time (min)</source>
        <translation>Durée médiane (min)</translation>
    </message>
    <message>
        <source>Active hours</source>
        <translation>Heures actives</translation>
    </message>
    <message>
        <source>Per active hour</source>
        <translation>Par heure active</translation>
    </message>
    <message>
        <source>Overridden</source>
        <translation>Modifiées</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusés</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>File d&apos;attente</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>À traiter</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>RMA</source>
        <translation>RMA</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçus</translation>
    </message>
    <message>
        <source>Days waiting</source>
        <translation>Jours d&apos;attente</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>En transit</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Not picked up yet</source>
        <translation>Pas encore pris en charge</translation>
    </message>
    <message>
        <source>Awaiting a label</source>
        <translation>En attente d&apos;étiquette</translation>
    </message>
    <message>
        <source>Label issued</source>
        <translation>Étiquette émise</translation>
    </message>
    <message>
        <source>Picked up</source>
        <translation>Pris en charge</translation>
    </message>
    <message>
        <source>Delivered, not received</source>
        <translation>Livré, non réceptionné</translation>
    </message>
    <message>
        <source>Carrier delivery</source>
        <translation>Livraison du transporteur</translation>
    </message>
    <message>
        <source>Pickup + usual transit (estimate)</source>
        <translation>Prise en charge + transit habituel (estimation)</translation>
    </message>
    <message>
        <source>Carrier scan + usual transit (estimate)</source>
        <translation>Scan transporteur + transit habituel (estimation)</translation>
    </message>
    <message>
        <source>Not handed over yet</source>
        <translation>Pas encore remis au transporteur</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Acheminement</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Transporteur</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendus</translation>
    </message>
    <message>
        <source>Date from</source>
        <translation>Origine de la date</translation>
    </message>
    <message>
        <source>Age (days)</source>
        <translation>Âge (jours)</translation>
    </message>
    <message>
        <source>Lead signed in</source>
        <translation>Connexion d’un responsable</translation>
    </message>
    <message>
        <source>Lead sign-in refused</source>
        <translation>Connexion d’un responsable refusée</translation>
    </message>
    <message>
        <source>Lead sign-in blocked (too many tries)</source>
        <translation>Connexion d’un responsable bloquée (trop d’essais)</translation>
    </message>
    <message>
        <source>Lead signed out</source>
        <translation>Déconnexion d’un responsable</translation>
    </message>
    <message>
        <source>Lead session ended</source>
        <translation>Session de responsable fermée</translation>
    </message>
    <message>
        <source>Correction authorised</source>
        <translation>Correction autorisée</translation>
    </message>
    <message>
        <source>Correction stored</source>
        <translation>Correction enregistrée</translation>
    </message>
    <message>
        <source>Verdict overridden</source>
        <translation>Verdict modifié</translation>
    </message>
    <message>
        <source>Inspection refused</source>
        <translation>Inspection refusée</translation>
    </message>
    <message>
        <source>API token issued</source>
        <translation>Jeton d’API délivré</translation>
    </message>
    <message>
        <source>API token revoked</source>
        <translation>Jeton d’API révoqué</translation>
    </message>
    <message>
        <source>Bench added</source>
        <translation>Poste ajouté</translation>
    </message>
    <message>
        <source>Person added</source>
        <translation>Personne ajoutée</translation>
    </message>
    <message>
        <source>Person changed</source>
        <translation>Personne modifiée</translation>
    </message>
    <message>
        <source>Person deactivated</source>
        <translation>Personne désactivée</translation>
    </message>
    <message>
        <source>Checklist published</source>
        <translation>Liste de contrôle publiée</translation>
    </message>
    <message>
        <source>Message template published</source>
        <translation>Modèle de message publié</translation>
    </message>
    <message>
        <source>Message template withdrawn</source>
        <translation>Modèle de message retiré</translation>
    </message>
    <message>
        <source>Returns imported</source>
        <translation>Retours importés</translation>
    </message>
    <message>
        <source>Inspections imported</source>
        <translation>Inspections importées</translation>
    </message>
    <message>
        <source>Return received</source>
        <translation>Retour reçu</translation>
    </message>
    <message>
        <source>Marketplace action moved on</source>
        <translation>Action place de marché avancée</translation>
    </message>
    <message>
        <source>Marketplace plan made</source>
        <translation>Plan place de marché établi</translation>
    </message>
    <message>
        <source>Marketplace plan approved</source>
        <translation>Plan place de marché approuvé</translation>
    </message>
    <message>
        <source>Marketplace plan rejected</source>
        <translation>Plan place de marché rejeté</translation>
    </message>
    <message>
        <source>Marketplace request sent</source>
        <translation>Requête place de marché envoyée</translation>
    </message>
    <message>
        <source>Marketplace sending switched</source>
        <translation>Envoi place de marché activé/désactivé</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>Connexion refusée</translation>
    </message>
    <message>
        <source>Sign-in blocked (too many tries)</source>
        <translation>Connexion bloquée (trop d’essais)</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Déconnexion</translation>
    </message>
    <message>
        <source>Draft discarded</source>
        <translation>Brouillon abandonné</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>Réglage modifié</translation>
    </message>
    <message>
        <source>Inspection dismissed</source>
        <translation>Inspection écartée</translation>
    </message>
    <message>
        <source>Dismissal withdrawn</source>
        <translation>Mise à l’écart annulée</translation>
    </message>
    <message>
        <source>Parcel received</source>
        <translation>Colis reçu</translation>
    </message>
    <message>
        <source>Inspection replaced</source>
        <translation>Inspection remplacée</translation>
    </message>
    <message>
        <source>Inspections exported</source>
        <translation>Inspections exportées</translation>
    </message>
    <message>
        <source>PIN reset</source>
        <translation>PIN réinitialisé</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Non requise</translation>
    </message>
    <message>
        <source>Waiting for you</source>
        <translation>Attend votre décision</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>Rien à faire</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>En attente d&apos;approbation</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Ready to send</source>
        <translation>Prêt à l&apos;envoi</translation>
    </message>
    <message>
        <source>Held back</source>
        <translation>Retenu</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <source>Sent (checking)</source>
        <translation>Envoyé (vérification)</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Customer message</source>
        <translation>Message au client</translation>
    </message>
    <message>
        <source>Problem report</source>
        <translation>Signalement de problème</translation>
    </message>
    <message>
        <source>Item transfer</source>
        <translation>Transfert d&apos;article</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Approbation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Why a lead decides</source>
        <translation>Pourquoi un chef d&apos;équipe décide</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Décidé par</translation>
    </message>
    <message>
        <source>Planned on</source>
        <translation>Prévu le</translation>
    </message>
    <message>
        <source>Decision note</source>
        <translation>Note de décision</translation>
    </message>
    <message>
        <source>Message: parcel received</source>
        <translation>Message : colis reçu</translation>
    </message>
    <message>
        <source>Message: the decision</source>
        <translation>Message : la décision</translation>
    </message>
    <message>
        <source>Message: refund sent</source>
        <translation>Message : remboursement effectué</translation>
    </message>
    <message>
        <source>Message: sent back</source>
        <translation>Message : renvoi au client</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Marketplace said</source>
        <translation>Réponse de la marketplace</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Essais</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Dernière synchro</translation>
    </message>
    <message>
        <source>Finalized</source>
        <translation>Finalisée</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposé</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <source>Override reason</source>
        <translation>Raison du changement</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Fois</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Vu pour la dernière fois</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>LeadView</name>
    <message>
        <source>Received</source>
        <translation>Reçus</translation>
    </message>
    <message>
        <source>Inspected</source>
        <translation>Inspectés</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusés</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Issues</translation>
    </message>
    <message>
        <source>Return reasons</source>
        <translation>Motifs de retour</translation>
    </message>
    <message>
        <source>Inspections per hour (UTC)</source>
        <translation>Inspections par heure (UTC)</translation>
    </message>
    <message>
        <source>Inspections per hour</source>
        <translation>Inspections par heure</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptés</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Partiels</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Remboursements</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucun.</translation>
    </message>
    <message>
        <source>… and {n} more (see the CSV export).</source>
        <translation>… et {n} de plus (voir l&apos;export CSV).</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>du {first} au {last}</translation>
    </message>
    <message>
        <source>Server unreachable: these are this bench&apos;s own figures only.</source>
        <translation>Serveur injoignable : ce sont seulement les chiffres de ce poste.</translation>
    </message>
    <message>
        <source>Return intake — {period}</source>
        <translation>Arrivages de retours — {period}</translation>
    </message>
    <message>
        <source>UTC days. Generated {when}.</source>
        <translation>Jours UTC. Généré le {when}.</translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation>Contrôleurs</translation>
    </message>
    <message>
        <source>Stations</source>
        <translation>Postes</translation>
    </message>
    <message>
        <source>Flagged and overridden inspections</source>
        <translation>Inspections signalées et modifiées</translation>
    </message>
    <message>
        <source>Waiting to be inspected</source>
        <translation>En attente d&apos;inspection</translation>
    </message>
    <message>
        <source>Recurring issues (30 days)</source>
        <translation>Problèmes récurrents (30 jours)</translation>
    </message>
</context>
<context>
    <name>LeadViews</name>
    <message>
        <source>This bench has no server configured.</source>
        <translation>Ce poste n&apos;a pas de serveur configuré.</translation>
    </message>
    <message>
        <source>No PIN was given for the server.</source>
        <translation>Aucun code PIN n&apos;a été donné pour le serveur.</translation>
    </message>
    <message>
        <source>The server cannot be reached ({why}).</source>
        <translation>Le serveur est injoignable ({why}).</translation>
    </message>
    <message>
        <source>The server refused the lead sign-in ({why}).</source>
        <translation>Le serveur a refusé la connexion du chef d&apos;équipe ({why}).</translation>
    </message>
    <message>
        <source>Shift review</source>
        <translation>Bilan de l&apos;équipe</translation>
    </message>
    <message>
        <source>Your PIN, to open the review of every bench on the server:</source>
        <translation>Votre code PIN, pour ouvrir le bilan de tous les postes sur le serveur :</translation>
    </message>
</context>
<context>
    <name>LeadWindow</name>
    <message>
        <source>Return Inspector — shift review</source>
        <translation>Return Inspector — bilan de l&apos;équipe</translation>
    </message>
    <message>
        <source>Shift review</source>
        <translation>Bilan de l&apos;équipe</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>a&amp;u</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Day report (&amp;PDF)</source>
        <translation>Rapport &amp;PDF</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Flagged and overridden</source>
        <translation>Signalées et modifiées</translation>
    </message>
    <message>
        <source>&amp;Open inspection</source>
        <translation>&amp;Ouvrir l&apos;inspection</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation>Contrôleurs</translation>
    </message>
    <message>
        <source>Stations</source>
        <translation>Postes</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Recurring issues</source>
        <translation>Problèmes récurrents</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendus</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>A&amp;fficher</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>Approuv&amp;er…</translation>
    </message>
    <message>
        <source>Approve another a&amp;mount…</source>
        <translation>Autre &amp;montant…</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>&amp;Rejeter…</translation>
    </message>
    <message>
        <source>Send a&amp;gain</source>
        <translation>Ren&amp;voyer</translation>
    </message>
    <message>
        <source>Ca&amp;ncel action…</source>
        <translation>Annuler l&apos;a&amp;ction…</translation>
    </message>
    <message>
        <source>Return Inspector — shift review ({name})</source>
        <translation>Return Inspector — bilan de l&apos;équipe ({name})</translation>
    </message>
    <message>
        <source>Loading this bench&apos;s figures</source>
        <translation>Chargement des chiffres de ce poste</translation>
    </message>
    <message>
        <source>The lead session has ended; sign out and in again to see every bench.</source>
        <translation>La session chef d&apos;équipe a pris fin ; déconnectez-vous puis reconnectez-vous pour voir tous les postes.</translation>
    </message>
    <message>
        <source>Loading the review</source>
        <translation>Chargement du bilan</translation>
    </message>
    <message>
        <source>{what} failed: {why}</source>
        <translation>{what} a échoué : {why}</translation>
    </message>
    <message>
        <source>Days and hours of {zone}</source>
        <translation>Jours et heures du fuseau {zone}</translation>
    </message>
    <message>
        <source>No lead session with the server.</source>
        <translation>Aucune session chef d&apos;équipe avec le serveur.</translation>
    </message>
    <message>
        <source>Offline — {why} Showing this bench&apos;s own figures only (its inspections, its queue, the returns it knows); other benches are not included.</source>
        <translation>Hors ligne — {why} Seuls les chiffres de ce poste sont affichés (ses inspections, sa file d&apos;attente, les retours qu&apos;il connaît) ; les autres postes ne sont pas inclus.</translation>
    </message>
    <message>
        <source>Flagged and overridden ({n})</source>
        <translation>Signalées et modifiées ({n})</translation>
    </message>
    <message>
        <source>Waiting ({n})</source>
        <translation>En attente ({n})</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>Exporting the CSV</source>
        <translation>Export du CSV</translation>
    </message>
    <message>
        <source>Save day report</source>
        <translation>Enregistrer le rapport du jour</translation>
    </message>
    <message>
        <source>Writing the PDF</source>
        <translation>Écriture du PDF</translation>
    </message>
    <message>
        <source>Opening the inspection</source>
        <translation>Ouverture de l&apos;inspection</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Needing a decision</source>
        <translation>À décider</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>En attente d&apos;approbation</translation>
    </message>
    <message>
        <source>Failed on the marketplace</source>
        <translation>En échec sur la marketplace</translation>
    </message>
    <message>
        <source>All, newest first</source>
        <translation>Tous, les plus récents d&apos;abord</translation>
    </message>
    <message>
        <source>refunds, messages and reports to the marketplace are decided there.</source>
        <translation>les remboursements, messages et signalements envoyés à la marketplace y sont décidés.</translation>
    </message>
    <message>
        <source>{waiting} waiting for approval, {failed} failed on the marketplace.</source>
        <translation>{waiting} en attente d&apos;approbation, {failed} en échec sur la marketplace.</translation>
    </message>
    <message>
        <source>Dry run: the server plans and shows actions but sends nothing until an administrator turns sending on.</source>
        <translation>Simulation : le serveur prévoit et affiche les actions mais n&apos;envoie rien tant qu&apos;un administrateur n&apos;a pas activé l&apos;envoi.</translation>
    </message>
    <message>
        <source>Marketplace ({n})</source>
        <translation>Marketplace ({n})</translation>
    </message>
    <message>
        <source>Approve plan {plan} for return {rma}?

The customer is refunded {amount} (price paid {price}) on the marketplace.</source>
        <translation>Approuver le plan {plan} du retour {rma} ?

Le client est remboursé de {amount} (prix payé {price}) sur la marketplace.</translation>
    </message>
    <message>
        <source>Approve plan {plan} for return {rma}?

Its actions are sent to the marketplace: {what}.</source>
        <translation>Approuver le plan {plan} du retour {rma} ?

Ses actions sont envoyées à la marketplace : {what}.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Approve another amount</source>
        <translation>Approuver un autre montant</translation>
    </message>
    <message>
        <source>Refund for return {rma}, in {currency} (at most the price paid, {price}):</source>
        <translation>Remboursement du retour {rma}, en {currency} (au plus le prix payé, {price}) :</translation>
    </message>
    <message>
        <source>Reject plan {plan}</source>
        <translation>Rejeter le plan {plan}</translation>
    </message>
    <message>
        <source>Why is plan {plan} for return {rma} rejected? Nothing of it is sent; the reason is kept and shown.</source>
        <translation>Pourquoi rejeter le plan {plan} du retour {rma} ? Rien n&apos;en sera envoyé ; le motif est conservé et affiché.</translation>
    </message>
    <message>
        <source>Send action {action} again ({what})?</source>
        <translation>Renvoyer l&apos;action {action} ({what}) ?</translation>
    </message>
    <message>
        <source>The customer is refunded {amount}.</source>
        <translation>Le client est remboursé de {amount}.</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <source>Cancel action {action}</source>
        <translation>Annuler l&apos;action {action}</translation>
    </message>
    <message>
        <source>Why is action {action} ({what}) given up? It is never sent.</source>
        <translation>Pourquoi abandonner l&apos;action {action} ({what}) ? Elle ne sera jamais envoyée.</translation>
    </message>
    <message>
        <source>Nothing was sent: a reason of at least {n} characters is needed.</source>
        <translation>Rien n&apos;a été envoyé : un motif d&apos;au moins {n} caractères est nécessaire.</translation>
    </message>
    <message>
        <source>Sending your decision to the server…</source>
        <translation>Envoi de votre décision au serveur…</translation>
    </message>
    <message>
        <source>The server did not take the decision. {why}</source>
        <translation>Le serveur n&apos;a pas pris en compte la décision. {why}</translation>
    </message>
    <message>
        <source>Sending the decision</source>
        <translation>Envoi de la décision</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>Plan {plan} for return {rma}: {status}</source>
        <translation>Plan {plan} du retour {rma} : {status}</translation>
    </message>
    <message>
        <source>Needs a lead because: {why}</source>
        <translation>Un chef d&apos;équipe doit décider car : {why}</translation>
    </message>
    <message>
        <source>Decided by {who}. {note}</source>
        <translation>Décidé par {who}. {note}</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Non autorisé</translation>
    </message>
    <message>
        <source>No longer there</source>
        <translation>N&apos;existe plus</translation>
    </message>
    <message>
        <source>Already changed</source>
        <translation>Déjà modifié</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>Non accepté</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>{kind}: {detail}</source>
        <translation>{kind} : {detail}</translation>
    </message>
    <message>
        <source>Needs the server: {what} {why}</source>
        <translation>Nécessite le serveur : {what} {why}</translation>
    </message>
    <message>
        <source>Loading from the server</source>
        <translation>Chargement depuis le serveur</translation>
    </message>
    <message>
        <source>only the server follows the marketplace&apos;s parcels on their way here.</source>
        <translation>seul le serveur suit les colis de la marketplace en route vers l&apos;entrepôt.</translation>
    </message>
    <message>
        <source>Everything on its way</source>
        <translation>Tout ce qui est en route</translation>
    </message>
    <message>
        <source>As of {day}: {counts}</source>
        <translation>Au {day} : {counts}</translation>
    </message>
    <message>
        <source>Expected ({n})</source>
        <translation>Attendus ({n})</translation>
    </message>
    <message>
        <source>the audit log of every bench is kept on the server.</source>
        <translation>le journal d&apos;audit de tous les postes est conservé sur le serveur.</translation>
    </message>
    <message>
        <source>{n} events from {first} to {last} (server days in UTC; times shown on this computer&apos;s clock), newest first.</source>
        <translation>{n} événements du {first} au {last} (jours du serveur en UTC ; heures affichées à l&apos;heure de cet ordinateur), les plus récents d&apos;abord.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Return Inspector</source>
        <translation>Return Inspector</translation>
    </message>
    <message>
        <source>Lead view</source>
        <translation>Vue chef d&apos;équipe</translation>
    </message>
    <message>
        <source>Review the day&apos;s intake (lead accounts)</source>
        <translation>Consulter les arrivages du jour (comptes chef d&apos;équipe)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Station settings (Ctrl+,)</source>
        <translation>Réglages du poste (Ctrl+,)</translation>
    </message>
    <message>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Close Return Inspector on this bench</source>
        <translation>Fermer Return Inspector sur ce poste</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Scan a parcel</source>
        <translation>Scanner un colis</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Retour client</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Wrong PIN. Try again.</source>
        <translation>Code PIN erroné. Réessayez.</translation>
    </message>
    <message>
        <source>Badge {code} is not known at this bench.</source>
        <translation>Le badge {code} n&apos;est pas connu sur ce poste.</translation>
    </message>
    <message>
        <source>Signed in: {name}</source>
        <translation>Connecté : {name}</translation>
    </message>
    <message>
        <source>You were signed out after a while without activity. Your work was saved.</source>
        <translation>Vous avez été déconnecté après un moment sans activité. Votre travail a été enregistré.</translation>
    </message>
    <message>
        <source>Looking up {code}…</source>
        <translation>Recherche de {code}…</translation>
    </message>
    <message>
        <source>Receive parcels</source>
        <translation>Réceptionner des colis</translation>
    </message>
    <message>
        <source>Receiving {code}…</source>
        <translation>Réception de {code}…</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>introuvable</translation>
    </message>
    <message>
        <source>Received {rma} ({name}): put it on the shelf.</source>
        <translation>{rma} ({name}) réceptionné : posez-le sur l&apos;étagère.</translation>
    </message>
    <message>
        <source>received {rma}</source>
        <translation>{rma} réceptionné</translation>
    </message>
    <message>
        <source>already inspected</source>
        <translation>déjà inspecté</translation>
    </message>
    <message>
        <source>already received</source>
        <translation>déjà réceptionné</translation>
    </message>
    <message>
        <source>{rma} was already received at {time}.</source>
        <translation>{rma} a déjà été réceptionné à {time}.</translation>
    </message>
    <message>
        <source>{rma} was already inspected: it does not go on the shelf.</source>
        <translation>{rma} a déjà été inspecté : il ne va pas sur l&apos;étagère.</translation>
    </message>
    <message>
        <source>{rma} was already received on {day}.</source>
        <translation>{rma} a déjà été réceptionné le {day}.</translation>
    </message>
    <message>
        <source>Connecting to the camera…</source>
        <translation>Connexion à la caméra…</translation>
    </message>
    <message>
        <source>Camera on. Show a label to the camera.</source>
        <translation>Caméra active. Présentez une étiquette à la caméra.</translation>
    </message>
    <message>
        <source>Camera stopped.</source>
        <translation>Caméra arrêtée.</translation>
    </message>
    <message>
        <source>No camera picture.
{why}
You can still type codes or use a handheld scanner.</source>
        <translation>Pas d&apos;image de la caméra.
{why}
Vous pouvez toujours saisir les codes ou utiliser une douchette.</translation>
    </message>
    <message>
        <source>Saved: {rma}. Ready for the next parcel.</source>
        <translation>Enregistré : {rma}. Prêt pour le colis suivant.</translation>
    </message>
    <message>
        <source>Label: {message}</source>
        <translation>Étiquette : {message}</translation>
    </message>
    <message>
        <source>Label not printed: {message}</source>
        <translation>Étiquette non imprimée : {message}</translation>
    </message>
    <message>
        <source>Token rejected</source>
        <translation>Jeton refusé</translation>
    </message>
    <message>
        <source>The server refused this bench&apos;s token, so nothing is being sent. Inspections are kept safely here.

Ask IT for a new station token and enter it in Settings → Server.</source>
        <translation>Le serveur a refusé le jeton de ce poste : rien n&apos;est envoyé. Les inspections sont conservées en sécurité ici.

Demandez un nouveau jeton de poste au service informatique et saisissez-le dans Réglages → Serveur.</translation>
    </message>
    <message>
        <source>Settings need a lead or an admin: they sign in here first.</source>
        <translation>Les réglages demandent un chef d&apos;équipe ou un administrateur : qu&apos;il se connecte d&apos;abord ici.</translation>
    </message>
    <message>
        <source>Close Return Inspector? This bench scans nothing until it is started again.</source>
        <translation>Fermer Return Inspector ? Ce poste ne scanne plus rien tant qu&apos;il n&apos;est pas relancé.</translation>
    </message>
</context>
<context>
    <name>MarkDialog</name>
    <message>
        <source>Drag on the photo to draw the chosen mark, or press A, C, R or T to put one at the yellow cross; the arrow keys move it, Shift+arrow keys stretch it.</source>
        <translation>Faites glisser sur la photo pour tracer la marque choisie, ou appuyez sur A, C, R ou T pour en placer une sur la croix jaune ; les touches fléchées la déplacent, Maj+flèches l&apos;étirent.</translation>
    </message>
    <message>
        <source>Short text, then Enter (Esc: no text)</source>
        <translation>Texte court, puis Entrée (Échap : pas de texte)</translation>
    </message>
    <message>
        <source>Arrow (A)</source>
        <translation>Flèche (A)</translation>
    </message>
    <message>
        <source>Circle (C)</source>
        <translation>Cercle (C)</translation>
    </message>
    <message>
        <source>Rectangle (R)</source>
        <translation>Rectangle (R)</translation>
    </message>
    <message>
        <source>Text (T)</source>
        <translation>Texte (T)</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Défaire (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Annuler (Échap)</translation>
    </message>
    <message>
        <source>Save as a new photo (Ctrl+S)</source>
        <translation>Enregistrer comme nouvelle photo (Ctrl+S)</translation>
    </message>
    <message>
        <source>The original photo is kept as it is</source>
        <translation>La photo d&apos;origine est conservée telle quelle</translation>
    </message>
</context>
<context>
    <name>MessagePreview</name>
    <message>
        <source>Message to the customer</source>
        <translation>Message au client</translation>
    </message>
    <message>
        <source>Message language</source>
        <translation>Langue du message</translation>
    </message>
    <message>
        <source>Add one sentence of your own (optional)</source>
        <translation>Ajoutez une phrase de votre part (facultatif)</translation>
    </message>
    <message>
        <source>Your sentence for the customer</source>
        <translation>Votre phrase pour le client</translation>
    </message>
    <message>
        <source>Subject: {subject}</source>
        <translation>Objet : {subject}</translation>
    </message>
    <message>
        <source>{n} photo(s) attached (at most {limit})</source>
        <translation>{n} photo(s) jointe(s) (au plus {limit})</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Write one sentence for the customer, on one line.</source>
        <translation>Écrivez une seule phrase pour le client, sur une ligne.</translation>
    </message>
    <message>
        <source>The sentence for the customer is longer than {limit} characters.</source>
        <translation>La phrase pour le client dépasse {limit} caractères.</translation>
    </message>
    <message>
        <source>The sentence for the customer names something internal ({words}); write it as you would to the customer.</source>
        <translation>La phrase pour le client mentionne un élément interne ({words}) ; rédigez-la comme vous l&apos;écririez au client.</translation>
    </message>
</context>
<context>
    <name>NeedsAttention</name>
    <message>
        <source>A photo of this inspection is missing or damaged on this bench, and the server does not have it. If the parcel is still here, inspect it again (a correction); otherwise IT can export it with `inspector-app queue --export ID FILE` to keep a record.</source>
        <translation>Une photo de cette inspection manque ou est abîmée sur ce poste, et le serveur ne l&apos;a pas. Si le colis est encore là, inspectez-le de nouveau (une correction) ; sinon, le service informatique peut l&apos;exporter avec `inspector-app queue --export ID FILE` pour en garder une trace.</translation>
    </message>
    <message>
        <source>This inspection was saved in a form this version of the app cannot send. IT can export it with `inspector-app queue --export ID FILE`. Then contact support; the parcel may need inspecting again.</source>
        <translation>Cette inspection a été enregistrée sous une forme que cette version de l&apos;application ne sait pas envoyer. Le service informatique peut l&apos;exporter avec `inspector-app queue --export ID FILE`. Contactez ensuite le support ; il faudra peut-être inspecter le colis de nouveau.</translation>
    </message>
    <message>
        <source>This is a correction of an inspection that itself needs attention; it is sent once that one is resolved. Resolve the other entry first, then press Retry here.</source>
        <translation>Il s&apos;agit de la correction d&apos;une inspection qui est elle-même à traiter ; elle partira une fois l&apos;autre résolue. Traitez d&apos;abord l&apos;autre entrée, puis cliquez ici sur Réessayer.</translation>
    </message>
    <message>
        <source>The server refused this inspection and retrying will not change that. A shift lead should look at the reason below; IT can export it with `inspector-app queue --export ID FILE`.</source>
        <translation>Le serveur a refusé cette inspection et réessayer n&apos;y changera rien. Un chef d&apos;équipe doit examiner la raison ci-dessous ; le service informatique peut l&apos;exporter avec `inspector-app queue --export ID FILE`.</translation>
    </message>
    <message>
        <source>The server holds a different inspection under the same ID. This should never happen; nothing was overwritten. IT can export it with `inspector-app queue --export ID FILE`. Then contact support.</source>
        <translation>Le serveur détient une autre inspection sous le même identifiant. Cela ne devrait jamais arriver ; rien n&apos;a été écrasé. Le service informatique peut l&apos;exporter avec `inspector-app queue --export ID FILE`. Contactez ensuite le support.</translation>
    </message>
    <message>
        <source>This is a correction of an inspection the server does not have yet. It is retried once the original arrives: press Retry after the queue has drained.</source>
        <translation>Il s&apos;agit de la correction d&apos;une inspection que le serveur n&apos;a pas encore. Elle sera renvoyée dès l&apos;arrivée de l&apos;originale : cliquez sur Réessayer une fois la file vidée.</translation>
    </message>
    <message>
        <source>The server says some photos of this inspection did not arrive, even after they were sent again. Press Retry; if it comes back, IT can export it with `inspector-app queue --export ID FILE`.</source>
        <translation>Le serveur indique que des photos de cette inspection ne sont pas arrivées, même après un nouvel envoi. Cliquez sur Réessayer ; si le problème revient, le service informatique peut l&apos;exporter avec `inspector-app queue --export ID FILE`.</translation>
    </message>
    <message>
        <source>The photos of this inspection are larger in total than the server accepts. IT can raise the server&apos;s per-inspection limit, then press Retry.</source>
        <translation>Les photos de cette inspection dépassent au total ce que le serveur accepte. Le service informatique peut relever la limite par inspection du serveur ; cliquez ensuite sur Réessayer.</translation>
    </message>
    <message>
        <source>The server says this bench&apos;s token belongs to another bench name than the one in its settings, so it refused to record this inspection under the wrong name. IT should set station.name to the token&apos;s bench (or give this bench its own token), then press Retry.</source>
        <translation>Le serveur indique que le jeton de ce poste appartient à un autre nom de poste que celui de ses réglages : il a donc refusé d&apos;enregistrer cette inspection sous un mauvais nom. Le service informatique doit régler station.name sur le poste du jeton (ou donner à ce poste son propre jeton) ; cliquez ensuite sur Réessayer.</translation>
    </message>
    <message>
        <source>The server does not know the person who made this inspection. IT should register their badge on the server (inspector-server add-user), then press Retry.</source>
        <translation>Le serveur ne connaît pas la personne qui a fait cette inspection. Le service informatique doit enregistrer son badge sur le serveur (inspector-server add-user) ; cliquez ensuite sur Réessayer.</translation>
    </message>
    <message>
        <source>The person who made this inspection has been deactivated on the server, which no longer accepts their work. A shift lead decides: re-inspect the parcel, or have IT reactivate the person and press Retry. IT can export it with `inspector-app queue --export ID FILE`.</source>
        <translation>La personne qui a fait cette inspection a été désactivée sur le serveur, qui n&apos;accepte plus son travail. Un chef d&apos;équipe décide : inspecter le colis de nouveau, ou faire réactiver la personne par le service informatique puis cliquer sur Réessayer. Le service informatique peut l&apos;exporter avec `inspector-app queue --export ID FILE`.</translation>
    </message>
    <message>
        <source>Another final inspection of this return is already on the server (from another bench or an earlier one). A shift lead should compare the two: if this one is right, press Correct (the lead authorises it here, and the correction starts from this inspection&apos;s answers); if not, dismiss this entry with a reason (it stays on this bench, unsent). IT can export it with `inspector-app queue --export ID FILE`.</source>
        <translation>Une autre inspection finale de ce retour est déjà sur le serveur (d&apos;un autre poste ou d&apos;une inspection antérieure). Un chef d&apos;équipe doit comparer les deux : si celle-ci est la bonne, cliquez sur Corriger (le chef d&apos;équipe l&apos;autorise ici, et la correction part des réponses de cette inspection) ; sinon, classez cette entrée sans suite avec un motif (elle reste sur ce poste, non envoyée). Le service informatique peut l&apos;exporter avec `inspector-app queue --export ID FILE`.</translation>
    </message>
    <message>
        <source>This correction replaces a verdict made at another bench or more than a day ago, which needs a shift lead. Press Correct: a lead authorises it at this bench, and it is sent again.</source>
        <translation>Cette correction remplace un verdict rendu sur un autre poste ou il y a plus d&apos;un jour, ce qui demande un chef d&apos;équipe. Cliquez sur Corriger : un chef d&apos;équipe l&apos;autorise sur ce poste, et elle est renvoyée.</translation>
    </message>
    <message>
        <source>The server refused the refund amount: it does not fit the price the customer paid. Inspect the parcel again as a correction with the right amount. IT can export it with `inspector-app queue --export ID FILE`.</source>
        <translation>Le serveur a refusé le montant du remboursement : il ne correspond pas au prix payé par le client. Inspectez le colis de nouveau, en correction, avec le bon montant. Le service informatique peut l&apos;exporter avec `inspector-app queue --export ID FILE`.</translation>
    </message>
    <message>
        <source>The server does not know this return, so it cannot check the refund. IT should import the return on the server, then press Retry.</source>
        <translation>Le serveur ne connaît pas ce retour et ne peut donc pas vérifier le remboursement. Le service informatique doit importer le retour sur le serveur ; cliquez ensuite sur Réessayer.</translation>
    </message>
    <message>
        <source>The server did not accept the content of this inspection; the bench and the server probably run different versions. IT should update them to match, then press Retry.</source>
        <translation>Le serveur n&apos;a pas accepté le contenu de cette inspection ; le poste et le serveur n&apos;ont probablement pas la même version. Le service informatique doit les mettre au même niveau ; cliquez ensuite sur Réessayer.</translation>
    </message>
    <message>
        <source>The server could not read what the bench sent (a photo or the inspection may be damaged on this bench). Press Retry once; if it comes back, IT can export it with `inspector-app queue --export ID FILE`.</source>
        <translation>Le serveur n&apos;a pas pu lire ce que le poste a envoyé (une photo ou l&apos;inspection est peut-être abîmée sur ce poste). Cliquez une fois sur Réessayer ; si le problème revient, le service informatique peut l&apos;exporter avec `inspector-app queue --export ID FILE`.</translation>
    </message>
    <message>
        <source>The server does not know something this inspection refers to. A shift lead should check the return exists on the server, then press Retry.</source>
        <translation>Le serveur ne connaît pas un élément auquel cette inspection fait référence. Un chef d&apos;équipe doit vérifier que le retour existe sur le serveur, puis cliquer sur Réessayer.</translation>
    </message>
    <message>
        <source>The server already holds a conflicting inspection for this parcel. A shift lead should compare them and, if needed, inspect the parcel again as a correction. IT can export it with `inspector-app queue --export ID FILE`.</source>
        <translation>Le serveur détient déjà une inspection contradictoire pour ce colis. Un chef d&apos;équipe doit les comparer et, si besoin, inspecter de nouveau le colis en correction. Le service informatique peut l&apos;exporter avec `inspector-app queue --export ID FILE`.</translation>
    </message>
    <message>
        <source>A photo or the inspection is larger than the server accepts. IT can raise the server&apos;s limit, then press Retry.</source>
        <translation>Une photo ou l&apos;inspection dépasse ce que le serveur accepte. Le service informatique peut relever la limite du serveur ; cliquez ensuite sur Réessayer.</translation>
    </message>
    <message>
        <source>The server refused a photo&apos;s format. IT should check the bench&apos;s camera settings; IT can export it with `inspector-app queue --export ID FILE`.</source>
        <translation>Le serveur a refusé le format d&apos;une photo. Le service informatique doit vérifier les réglages de caméra du poste ; il peut exporter l&apos;entrée avec `inspector-app queue --export ID FILE`.</translation>
    </message>
    <message>
        <source>The server did not accept this inspection&apos;s content. IT should check the bench and server versions match, then press Retry.</source>
        <translation>Le serveur n&apos;a pas accepté le contenu de cette inspection. Le service informatique doit vérifier que le poste et le serveur ont la même version ; cliquez ensuite sur Réessayer.</translation>
    </message>
</context>
<context>
    <name>NumberItem</name>
    <message>
        <source>“{text}” is not a number.</source>
        <translation>« {text} » n&apos;est pas un nombre.</translation>
    </message>
</context>
<context>
    <name>Outbound</name>
    <message>
        <source>Dry run: sending to the marketplace is off, so this is shown, not sent.</source>
        <translation>Simulation : l&apos;envoi vers la marketplace est désactivé ; cette action est affichée, pas envoyée.</translation>
    </message>
    <message>
        <source>Waiting for a lead&apos;s approval: {reasons}</source>
        <translation>En attente de l&apos;approbation d&apos;un chef d&apos;équipe : {reasons}</translation>
    </message>
    <message>
        <source>Waiting for {missing}.</source>
        <translation>En attente de {missing}.</translation>
    </message>
    <message>
        <source>the bench&apos;s copy of the message, which names the photos to attach</source>
        <translation>la copie du message envoyée par le poste, qui indique les photos à joindre</translation>
    </message>
    <message>
        <source>the tracking number of the parcel going back</source>
        <translation>le numéro de suivi du colis renvoyé</translation>
    </message>
    <message>
        <source>the carrier&apos;s name (send_back_carrier in marketplace.toml)</source>
        <translation>le nom du transporteur (send_back_carrier dans marketplace.toml)</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} et {second}</translation>
    </message>
    <message>
        <source>Waits for the customer&apos;s earlier message to go first: {what}</source>
        <translation>Attend que le message précédent au client soit parti : {what}</translation>
    </message>
    <message>
        <source>the parcel-received message, not sent yet.</source>
        <translation>le message « colis reçu », pas encore envoyé.</translation>
    </message>
    <message>
        <source>the parcel-received message (not queued yet).</source>
        <translation>le message « colis reçu » (pas encore en file d&apos;envoi).</translation>
    </message>
    <message>
        <source>the decision, whose verdict is not planned yet.</source>
        <translation>la décision, dont le verdict n&apos;est pas encore planifié.</translation>
    </message>
    <message>
        <source>the decision, whose plan {plan} was rejected: a corrected verdict&apos;s decision goes first (send this one, or cancel it, if the verdict stays rejected).</source>
        <translation>la décision, dont le plan {plan} a été rejeté : la décision du verdict corrigé part d&apos;abord (envoyez ce message ou annulez-le si le verdict reste rejeté).</translation>
    </message>
    <message>
        <source>the decision of plan {plan}, not sent yet.</source>
        <translation>la décision du plan {plan}, pas encore envoyée.</translation>
    </message>
    <message>
        <source>Rejected by {who}: {why}</source>
        <translation>Rejeté par {who} : {why}</translation>
    </message>
    <message>
        <source>Cancelled by {who}: {why}</source>
        <translation>Annulé par {who} : {why}</translation>
    </message>
    <message>
        <source>Sent again by {who}.</source>
        <translation>Renvoyé par {who}.</translation>
    </message>
    <message>
        <source>The refund was changed from {before} to {after} by {who}; this message quoted {before}, so it is not sent.</source>
        <translation>{who} a modifié le remboursement de {before} à {after} ; ce message annonçait {before}, il n&apos;est donc pas envoyé.</translation>
    </message>
    <message>
        <source>The sender stopped before the answer was recorded; the folder is read back.</source>
        <translation>L&apos;envoi s&apos;est interrompu avant que la réponse soit enregistrée ; le dossier est relu pour vérifier.</translation>
    </message>
    <message>
        <source>The verdict was corrected (inspection {inspection}); its own plan replaces this.</source>
        <translation>Le verdict a été corrigé (inspection {inspection}) ; son propre plan remplace celui-ci.</translation>
    </message>
    <message>
        <source>The marketplace took it; its folder is read back to confirm.</source>
        <translation>La marketplace l&apos;a accepté ; son dossier est relu pour confirmer.</translation>
    </message>
    <message>
        <source>The marketplace took it.</source>
        <translation>La marketplace l&apos;a accepté.</translation>
    </message>
    <message>
        <source>{what} {left_out}</source>
        <translation>{what} {left_out}</translation>
    </message>
    <message>
        <source>The marketplace already has an item transfer with this tracking number.</source>
        <translation>La marketplace a déjà un transfert d&apos;article avec ce numéro de suivi.</translation>
    </message>
    <message>
        <source>The marketplace already shows the orderline refunded (state {state}).</source>
        <translation>La marketplace indique déjà la ligne de commande comme remboursée (état {state}).</translation>
    </message>
    <message>
        <source>Its folder could not be read back ({error}); tried again later.</source>
        <translation>Son dossier n&apos;a pas pu être relu ({error}) ; nouvel essai plus tard.</translation>
    </message>
    <message>
        <source>Its outcome is unknown, and a problem report on a folder below 100,000,000 carries no text to recognise it by. Check the folder in the back office, then retry or cancel this action.</source>
        <translation>Son résultat est inconnu, et un signalement de problème sur un dossier inférieur à 100 000 000 ne porte aucun texte permettant de le reconnaître. Vérifiez le dossier dans l&apos;espace vendeur, puis renvoyez ou annulez cette action.</translation>
    </message>
    <message>
        <source>{attempts} attempts got no answer and the folder does not show it. Check the folder in the back office, then retry or cancel this action.</source>
        <translation>{attempts} tentatives sont restées sans réponse et le dossier ne la montre pas. Vérifiez le dossier dans l&apos;espace vendeur, puis renvoyez ou annulez cette action.</translation>
    </message>
    <message>
        <source>Item transfers do not show on a folder: sent again (Back Market refuses a tracking number it already has, which confirms it).</source>
        <translation>Les transferts d&apos;article n&apos;apparaissent pas dans un dossier : renvoyé (Back Market refuse un numéro de suivi qu&apos;il connaît déjà, ce qui le confirme).</translation>
    </message>
    <message>
        <source>Not sent: the photo store could not be read ({error}); tried again later.</source>
        <translation>Non envoyé : le stockage des photos est illisible ({error}) ; nouvel essai plus tard.</translation>
    </message>
    <message>
        <source>Sent, but no answer settles whether it took effect ({error}); the folder is read back.</source>
        <translation>Envoyé, mais aucune réponse ne permet de savoir si c&apos;est pris en compte ({error}) ; le dossier est relu.</translation>
    </message>
    <message>
        <source>Not sent: {error}</source>
        <translation>Non envoyé : {error}</translation>
    </message>
    <message>
        <source>Held back by the marketplace&apos;s limits until {until} UTC: {error}</source>
        <translation>Retenu par les limites de la marketplace jusqu&apos;au {until} UTC : {error}</translation>
    </message>
    <message>
        <source>The Care folder names no orderline: nothing can be refunded.</source>
        <translation>Le dossier SAV n&apos;indique aucune ligne de commande : rien ne peut être remboursé.</translation>
    </message>
    <message>
        <source>The orderline is in state {state}, which takes no refund through the marketplace&apos;s API (it must be paid, accepted or shipped).</source>
        <translation>La ligne de commande est à l&apos;état {state}, qui n&apos;accepte aucun remboursement par l&apos;API de la marketplace (elle doit être payée, acceptée ou expédiée).</translation>
    </message>
    <message>
        <source>The refund of {amount} is not more than zero and at most the price paid ({price}); nothing was sent.</source>
        <translation>Le remboursement de {amount} doit être supérieur à zéro et au plus égal au prix payé ({price}) ; rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>A partial refund needs the orderline shipped (state 3); it is in state {state}.</source>
        <translation>Un remboursement partiel exige une ligne de commande expédiée (état 3) ; elle est à l&apos;état {state}.</translation>
    </message>
    <message>
        <source>This orderline&apos;s refund belongs to action {action}; an orderline is refunded once, ever. Cancel this action (or retry that one).</source>
        <translation>Le remboursement de cette ligne de commande revient à l&apos;action {action} ; une ligne de commande n&apos;est remboursée qu&apos;une seule fois. Annulez cette action (ou renvoyez l&apos;autre).</translation>
    </message>
    <message>
        <source>The marketplace shows it.</source>
        <translation>La marketplace le confirme.</translation>
    </message>
    <message>
        <source>Sent; the folder did not show it yet when read back.</source>
        <translation>Envoyé ; le dossier ne le montrait pas encore à la relecture.</translation>
    </message>
    <message>
        <source>The folder does not show it, so it did not take effect: sent again.</source>
        <translation>Le dossier ne le montre pas, ce n&apos;est donc pas pris en compte : renvoyé.</translation>
    </message>
    <message>
        <source>The marketplace refused it. Read its message, fix what it names, then retry the action, or cancel it and act in the back office.</source>
        <translation>La marketplace l&apos;a refusé. Lisez son message, corrigez ce qu&apos;il indique, puis renvoyez l&apos;action, ou annulez-la et traitez le dossier dans l&apos;espace vendeur.</translation>
    </message>
    <message>
        <source>The marketplace refused it (HTTP {status}). Read its message, fix what it names, then retry the action, or cancel it and act in the back office.</source>
        <translation>La marketplace l&apos;a refusé (HTTP {status}). Lisez son message, corrigez ce qu&apos;il indique, puis renvoyez l&apos;action, ou annulez-la et traitez le dossier dans l&apos;espace vendeur.</translation>
    </message>
    <message>
        <source>No item transfer: Back Market takes none on Care folders from 100,000,000 on; the customer&apos;s message carries the tracking number.</source>
        <translation>Pas de transfert d&apos;article : Back Market n&apos;en accepte aucun sur les dossiers SAV à partir de 100 000 000 ; le message au client indique le numéro de suivi.</translation>
    </message>
    <message>
        <source>refund of {amount} above {limit}</source>
        <translation>remboursement de {amount}, au-delà de {limit}</translation>
    </message>
    <message>
        <source>partial refund</source>
        <translation>remboursement partiel</translation>
    </message>
    <message>
        <source>refusal</source>
        <translation>refus</translation>
    </message>
    <message>
        <source>the inspector overrode the checklist&apos;s proposal</source>
        <translation>l&apos;inspecteur n&apos;a pas suivi la proposition de la checklist</translation>
    </message>
    <message>
        <source>{what} (proposed: {proposed})</source>
        <translation>{what} (proposition : {proposed})</translation>
    </message>
    <message>
        <source>the server did not establish who made this verdict (it was stored before benches and inspectors were checked against their credentials)</source>
        <translation>le serveur n&apos;a pas pu établir l&apos;auteur de ce verdict (enregistré avant que postes et inspecteurs soient vérifiés par leurs identifiants)</translation>
    </message>
    <message>
        <source>Refund of {amount}</source>
        <translation>Remboursement de {amount}</translation>
    </message>
    <message>
        <source>Problem report {problem_type}</source>
        <translation>Signalement de problème {problem_type}</translation>
    </message>
    <message>
        <source>Item transfer {action}</source>
        <translation>Transfert d&apos;article {action}</translation>
    </message>
    <message>
        <source>Message to the customer: {step}</source>
        <translation>Message au client : {step}</translation>
    </message>
    <message>
        <source>{what}, {count} photos</source>
        <translation>{what}, {count} photos</translation>
    </message>
    <message>
        <source>{what}, 1 photo</source>
        <translation>{what}, 1 photo</translation>
    </message>
    <message>
        <source>{what}, {detail}</source>
        <translation>{what}, {detail}</translation>
    </message>
    <message>
        <source>parcel received</source>
        <translation>colis reçu</translation>
    </message>
    <message>
        <source>the decision</source>
        <translation>la décision</translation>
    </message>
    <message>
        <source>refund sent</source>
        <translation>remboursement effectué</translation>
    </message>
    <message>
        <source>sent back</source>
        <translation>renvoyé au client</translation>
    </message>
    <message>
        <source>Care folder closed</source>
        <translation>Dossier SAV clos</translation>
    </message>
    <message>
        <source>Care folder closed on {day}</source>
        <translation>Dossier SAV clos le {day}</translation>
    </message>
    <message>
        <source>Nothing to send</source>
        <translation>Rien à envoyer</translation>
    </message>
    <message>
        <source>{what} failed: {why}</source>
        <translation>Échec – {what} : {why}</translation>
    </message>
    <message>
        <source>{what} failed: {why} The marketplace said: {said}</source>
        <translation>Échec – {what} : {why} Réponse de la marketplace : {said}</translation>
    </message>
    <message>
        <source>{what}: waiting for approval ({reasons})</source>
        <translation>{what} : en attente d&apos;approbation ({reasons})</translation>
    </message>
    <message>
        <source>{what}: planned</source>
        <translation>{what} : planifié</translation>
    </message>
    <message>
        <source>{what}: planned (held back: {why})</source>
        <translation>{what} : planifié (retenu : {why})</translation>
    </message>
    <message>
        <source>{what}: planned (dry run)</source>
        <translation>{what} : planifié (simulation)</translation>
    </message>
    <message>
        <source>{what}: sent</source>
        <translation>{what} : envoyé</translation>
    </message>
    <message>
        <source>{what}: confirmed</source>
        <translation>{what} : confirmé</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>This bench has no server: its admin manages who signs in here. When it joins a server, the server&apos;s list replaces this one.</source>
        <translation>Ce poste n&apos;a pas de serveur : son administrateur gère ici qui peut se connecter. Quand il rejoint un serveur, la liste du serveur remplace celle-ci.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>&amp;Badge</source>
        <translation>&amp;Badge</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>R&amp;ole</source>
        <translation>&amp;Rôle</translation>
    </message>
    <message>
        <source>New &amp;PIN</source>
        <translation>Nouveau code &amp;PIN</translation>
    </message>
    <message>
        <source>&amp;Add person</source>
        <translation>&amp;Ajouter la personne</translation>
    </message>
    <message>
        <source>&amp;Reset PIN of selected</source>
        <translation>Ré&amp;initialiser le PIN de la sélection</translation>
    </message>
    <message>
        <source>&amp;Deactivate selected</source>
        <translation>&amp;Désactiver la sélection</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>désactivé(e)</translation>
    </message>
    <message>
        <source>{name} ({badge}) added.</source>
        <translation>{name} ({badge}) ajouté(e).</translation>
    </message>
    <message>
        <source>New PIN set for {badge}.</source>
        <translation>Nouveau code PIN enregistré pour {badge}.</translation>
    </message>
    <message>
        <source>{badge} can no longer sign in.</source>
        <translation>{badge} ne peut plus se connecter.</translation>
    </message>
</context>
<context>
    <name>PhotoCaptureDialog</name>
    <message>
        <source>Frame the item, then press Space or “Take photo”.</source>
        <translation>Cadrez l&apos;objet, puis appuyez sur Espace ou sur « Prendre une photo ».</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Import from file… (Ctrl+O)</source>
        <translation>&amp;Importer un fichier… (Ctrl+O)</translation>
    </message>
    <message>
        <source>When the camera cannot take it: a picture saved on this computer</source>
        <translation>Quand la caméra ne peut pas la prendre : une image enregistrée sur cet ordinateur</translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation>Prendre une photo</translation>
    </message>
    <message>
        <source>Photo {n} of {total}: frame the item, then press Space or “Take photo”.</source>
        <translation>Photo {n} sur {total} : cadrez l&apos;objet, puis appuyez sur Espace ou sur « Prendre une photo ».</translation>
    </message>
    <message>
        <source>Taking the photo…</source>
        <translation>Prise de la photo…</translation>
    </message>
    <message>
        <source>Import a photo</source>
        <translation>Importer une photo</translation>
    </message>
    <message>
        <source>Pictures ({patterns})</source>
        <translation>Images ({patterns})</translation>
    </message>
    <message>
        <source>No photo: {why} Try again, or import a picture from a file (Ctrl+O).</source>
        <translation>Pas de photo : {why} Réessayez, ou importez une image depuis un fichier (Ctrl+O).</translation>
    </message>
</context>
<context>
    <name>PhotoFlow</name>
    <message>
        <source>Photo: {label}</source>
        <translation>Photo : {label}</translation>
    </message>
    <message>
        <source>This photo cannot be shown</source>
        <translation>Impossible d&apos;afficher cette photo</translation>
    </message>
    <message>
        <source>Mark the defect: {label}</source>
        <translation>Marquer le défaut : {label}</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Précédente</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Suivante ▶</translation>
    </message>
    <message>
        <source>&amp;Mark the defect (M)</source>
        <translation>&amp;Marquer le défaut (M)</translation>
    </message>
    <message>
        <source>M: draw an arrow, a circle, a rectangle or a short text on this photo; saved as a new photo, this one kept as it is</source>
        <translation>M : tracer une flèche, un cercle, un rectangle ou un texte court sur cette photo ; enregistré comme nouvelle photo, celle-ci conservée telle quelle</translation>
    </message>
    <message>
        <source>Retake</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>This photo cannot be shown: its file holds no picture. Delete it, or retake it.</source>
        <translation>Impossible d&apos;afficher cette photo : son fichier ne contient aucune image. Supprimez-la ou reprenez-la.</translation>
    </message>
    <message>
        <source>Photo {n} of {total}</source>
        <translation>Photo {n} sur {total}</translation>
    </message>
    <message>
        <source>Photo {n} of {total} · {w}×{h}</source>
        <translation>Photo {n} sur {total} · {w}×{h}</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Erase the last digit</source>
        <translation>Effacer le dernier chiffre</translation>
    </message>
</context>
<context>
    <name>PrinterSettingsPage</name>
    <message>
        <source>Intake label</source>
        <translation>Étiquette d&apos;entrée</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>Printer on this computer</source>
        <translation>Imprimante de cet ordinateur</translation>
    </message>
    <message>
        <source>Label printer on the network (ZPL)</source>
        <translation>Imprimante d&apos;étiquettes réseau (ZPL)</translation>
    </message>
    <message>
        <source>Default printer</source>
        <translation>Imprimante par défaut</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>Labels are saved in {folder}</source>
        <translation>Les étiquettes sont enregistrées dans {folder}</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>Impression d&apos;essai</translation>
    </message>
    <message>
        <source>Print to</source>
        <translation>Imprimer vers</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Impression…</translation>
    </message>
    <message>
        <source>Customer messages</source>
        <translation>Messages aux clients</translation>
    </message>
    <message>
        <source>published on the server</source>
        <translation>publié sur le serveur</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>fourni avec le logiciel</translation>
    </message>
    <message>
        <source>Templates are published by an administrator on the server; the preview uses example data.</source>
        <translation>Les modèles sont publiés par un administrateur sur le serveur ; l&apos;aperçu utilise des données d&apos;exemple.</translation>
    </message>
</context>
<context>
    <name>ReturnCard</name>
    <message>
        <source>RMA</source>
        <translation>RMA</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>IMEI / serial</source>
        <translation>IMEI / n° de série</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Livré le</translation>
    </message>
    <message>
        <source>Return requested</source>
        <translation>Retour demandé le</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Date limite</translation>
    </message>
    <message>
        <source>Inspected</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Trouvé dans</translation>
    </message>
    <message>
        <source>Back to scanning</source>
        <translation>Retour au scan</translation>
    </message>
    <message>
        <source>&amp;Correct this inspection</source>
        <translation>&amp;Corriger cette inspection</translation>
    </message>
    <message>
        <source>Inspect again as a correction that replaces the verdict (Alt+C); a shift lead authorises it when the verdict is another bench&apos;s or more than a day old</source>
        <translation>Inspecter à nouveau, en correction qui remplace le verdict (Alt+C) ; un chef d&apos;équipe l&apos;autorise si le verdict vient d&apos;un autre poste ou date de plus d&apos;un jour</translation>
    </message>
    <message>
        <source>Start inspection</source>
        <translation>Commencer l&apos;inspection</translation>
    </message>
</context>
<context>
    <name>ReturnCardPage</name>
    <message>
        <source>New parcel seen: {parcel}. Enter: switch to it. S: start inspecting this one.</source>
        <translation>Nouveau colis vu : {parcel}. Entrée : passer à ce colis. S : inspecter celui-ci.</translation>
    </message>
    <message>
        <source>the server (this bench&apos;s list did not have it)</source>
        <translation>le serveur (absent de la liste de ce poste)</translation>
    </message>
    <message>
        <source>this bench&apos;s list of returns</source>
        <translation>la liste des retours de ce poste</translation>
    </message>
    <message>
        <source>not on the order</source>
        <translation>absent de la commande</translation>
    </message>
    <message>
        <source>Eligible: {reason}</source>
        <translation>Éligible : {reason}</translation>
    </message>
    <message>
        <source>Not eligible: {reason}</source>
        <translation>Non éligible : {reason}</translation>
    </message>
    <message>
        <source>Back Market: {status}</source>
        <translation>Back Market : {status}</translation>
    </message>
    <message>
        <source>Start inspection</source>
        <translation>Commencer l&apos;inspection</translation>
    </message>
    <message>
        <source>Inspect anyway</source>
        <translation>Inspecter quand même</translation>
    </message>
    <message>
        <source>at another bench: the server holds the verdict</source>
        <translation>sur un autre poste : le serveur détient le verdict</translation>
    </message>
    <message>
        <source>by {who} on {when}</source>
        <translation>par {who} le {when}</translation>
    </message>
    <message>
        <source>(started by {who})</source>
        <translation>(commencée par {who})</translation>
    </message>
    <message>
        <source>correcting it needs a shift lead</source>
        <translation>le corriger demande un chef d&apos;équipe</translation>
    </message>
</context>
<context>
    <name>ScanBridge</name>
    <message>
        <source>No camera is running.</source>
        <translation>Aucune caméra n&apos;est active.</translation>
    </message>
</context>
<context>
    <name>ScanPage</name>
    <message>
        <source>Starting the camera…</source>
        <translation>Démarrage de la caméra…</translation>
    </message>
    <message>
        <source>Scan a parcel</source>
        <translation>Scanner un colis</translation>
    </message>
    <message>
        <source>Receiving (F7)</source>
        <translation>Réception (F7)</translation>
    </message>
    <message>
        <source>Receive parcels: each scan puts a parcel on the shelf without inspecting it</source>
        <translation>Réceptionner des colis : chaque scan pose un colis sur l&apos;étagère sans l&apos;inspecter</translation>
    </message>
    <message>
        <source>Receiving: scan each parcel to shelve it; Esc to stop.</source>
        <translation>Réception : scannez chaque colis pour le poser sur l&apos;étagère ; Échap pour arrêter.</translation>
    </message>
    <message>
        <source>Show the label to the camera, use the handheld scanner, or type any code from the parcel: tracking number, RMA, order number, IMEI or serial.</source>
        <translation>Présentez l&apos;étiquette à la caméra, utilisez la douchette, ou saisissez un code du colis : numéro de suivi, RMA, numéro de commande, IMEI ou numéro de série.</translation>
    </message>
    <message>
        <source>Type a code, press Enter</source>
        <translation>Saisissez un code, puis Entrée</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Resume the unfinished inspection</source>
        <translation>Reprendre l&apos;inspection non terminée</translation>
    </message>
    <message>
        <source>Last scans</source>
        <translation>Derniers scans</translation>
    </message>
    <message>
        <source>Stop receiving (Esc)</source>
        <translation>Arrêter (Échap)</translation>
    </message>
    <message>
        <source>Receive parcels</source>
        <translation>Réceptionner des colis</translation>
    </message>
    <message>
        <source>Each parcel scanned is recorded as received and goes on the shelf, waiting for its inspection. No checklist opens.</source>
        <translation>Chaque colis scanné est enregistré comme réceptionné et va sur l&apos;étagère en attendant son inspection. Aucune liste de contrôle ne s&apos;ouvre.</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Réceptionner</translation>
    </message>
</context>
<context>
    <name>ScoreDialog</name>
    <message>
        <source>Training score</source>
        <translation>Résultat de la formation</translation>
    </message>
    <message>
        <source>{perfect} of {total} parcels without a fault, {done} finalized, {time} in all.</source>
        <translation>{perfect} colis sur {total} sans faute, {done} finalisé(s), {time} en tout.</translation>
    </message>
    <message>
        <source>&amp;Close training</source>
        <translation>&amp;Fermer la formation</translation>
    </message>
    <message>
        <source>&amp;Keep practising</source>
        <translation>&amp;Continuer l&apos;entraînement</translation>
    </message>
    <message>
        <source>&lt;b&gt;{rma}&lt;/b&gt;: not finalized.</source>
        <translation>&lt;b&gt;{rma}&lt;/b&gt; : non finalisé.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{rma}&lt;/b&gt;: {time}. Missed: {missed}. Wrong: {wrong}.</source>
        <translation>&lt;b&gt;{rma}&lt;/b&gt; : {time}. Oublis : {missed}. Erreurs : {wrong}.</translation>
    </message>
    <message>
        <source>the outcome</source>
        <translation>la décision</translation>
    </message>
    <message>
        <source>the grade</source>
        <translation>le grade</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} min {seconds} s</translation>
    </message>
</context>
<context>
    <name>Sendback</name>
    <message>
        <source>Scan the tracking number of the parcel going back to the customer.</source>
        <translation>Scannez le numéro de suivi du colis renvoyé au client.</translation>
    </message>
    <message>
        <source>{code} is too short for a carrier tracking number.</source>
        <translation>{code} est trop court pour un numéro de suivi de transporteur.</translation>
    </message>
    <message>
        <source>That is the tracking number of the customer&apos;s return parcel; scan the label of the parcel going back.</source>
        <translation>C&apos;est le numéro de suivi du colis retourné par le client ; scannez l&apos;étiquette du colis qui repart.</translation>
    </message>
    <message>
        <source>That is {what}, not a tracking number; scan the carrier label of the parcel going back.</source>
        <translation>C&apos;est {what}, pas un numéro de suivi ; scannez l&apos;étiquette transporteur du colis qui repart.</translation>
    </message>
    <message>
        <source>Only a refused return is sent back; clear the tracking number.</source>
        <translation>Seul un retour refusé est renvoyé ; effacez le numéro de suivi.</translation>
    </message>
    <message>
        <source>This is not a tracking number: {problem}</source>
        <translation>Ce n&apos;est pas un numéro de suivi : {problem}</translation>
    </message>
    <message>
        <source>the RMA</source>
        <translation>le numéro RMA</translation>
    </message>
    <message>
        <source>the order number</source>
        <translation>le numéro de commande</translation>
    </message>
    <message>
        <source>the return id</source>
        <translation>l&apos;identifiant du retour</translation>
    </message>
    <message>
        <source>the device&apos;s IMEI</source>
        <translation>l&apos;IMEI de l&apos;appareil</translation>
    </message>
    <message>
        <source>the device&apos;s serial</source>
        <translation>le numéro de série de l&apos;appareil</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Server URL</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>Base URL of the central server, e.g. https://returns.example.com; empty runs the bench standalone.</source>
        <translation>Adresse de base du serveur central, par ex. https://returns.example.com ; vide, le poste fonctionne en autonome.</translation>
    </message>
    <message>
        <source>Station token</source>
        <translation>Jeton du poste</translation>
    </message>
    <message>
        <source>Issued by `inspector-server add-station`.</source>
        <translation>Délivré par `inspector-server add-station`.</translation>
    </message>
    <message>
        <source>Verify TLS certificates</source>
        <translation>Vérifier les certificats TLS</translation>
    </message>
    <message>
        <source>Turn off only for a lab server; never in production.</source>
        <translation>À désactiver seulement pour un serveur de test ; jamais en production.</translation>
    </message>
    <message>
        <source>CA bundle</source>
        <translation>Certificats d&apos;autorité (CA)</translation>
    </message>
    <message>
        <source>PEM file of a private certificate authority.</source>
        <translation>Fichier PEM d&apos;une autorité de certification privée.</translation>
    </message>
    <message>
        <source>HTTP proxy</source>
        <translation>Proxy HTTP</translation>
    </message>
    <message>
        <source>e.g. http://proxy.example:3128</source>
        <translation>par ex. http://proxy.example:3128</translation>
    </message>
    <message>
        <source>Network timeout (s)</source>
        <translation>Délai d&apos;attente réseau (s)</translation>
    </message>
    <message>
        <source>Station name</source>
        <translation>Nom du poste</translation>
    </message>
    <message>
        <source>Shown to leads; one per bench.</source>
        <translation>Visible des chefs d&apos;équipe ; un par poste.</translation>
    </message>
    <message>
        <source>Badge sign-in also needs the PIN</source>
        <translation>Le badge seul ne suffit pas : code PIN exigé</translation>
    </message>
    <message>
        <source>Leads and admins always type their PIN after scanning their badge.</source>
        <translation>Les chefs d&apos;équipe et les administrateurs saisissent toujours leur code PIN après avoir scanné leur badge.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>ISO code for public holidays.</source>
        <translation>Code ISO, pour les jours fériés.</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <source>Device index (0, 1, ...), a video or image file, or an rtsp:// or http:// URL.</source>
        <translation>Numéro de périphérique (0, 1, ...), un fichier vidéo ou image, ou une adresse rtsp:// ou http://.</translation>
    </message>
    <message>
        <source>Camera width</source>
        <translation>Largeur de la caméra</translation>
    </message>
    <message>
        <source>Camera height</source>
        <translation>Hauteur de la caméra</translation>
    </message>
    <message>
        <source>Camera frame rate</source>
        <translation>Images par seconde</translation>
    </message>
    <message>
        <source>Photo camera</source>
        <translation>Caméra photo</translation>
    </message>
    <message>
        <source>A second camera for photos; empty uses the scanning camera.</source>
        <translation>Une seconde caméra pour les photos ; vide, la caméra de lecture est utilisée.</translation>
    </message>
    <message>
        <source>Barcode formats</source>
        <translation>Formats de codes-barres</translation>
    </message>
    <message>
        <source>Ignore a repeated code for (s)</source>
        <translation>Ignorer un code répété pendant (s)</translation>
    </message>
    <message>
        <source>JPEG quality</source>
        <translation>Qualité JPEG</translation>
    </message>
    <message>
        <source>Photo long edge (px)</source>
        <translation>Grand côté des photos (px)</translation>
    </message>
    <message>
        <source>Sounds</source>
        <translation>Sons</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Sign out after idle (min)</source>
        <translation>Déconnexion après inactivité (min)</translation>
    </message>
    <message>
        <source>Kiosk mode</source>
        <translation>Mode kiosque</translation>
    </message>
    <message>
        <source>Full screen that cannot be closed; Settings and Quit only while a lead or an admin is signed in; an on-screen PIN pad and touch-sized buttons. Set it in the machine file; it takes effect at the next start.</source>
        <translation>Plein écran impossible à fermer ; Réglages et Quitter seulement quand un chef d&apos;équipe ou un administrateur est connecté ; un pavé PIN à l&apos;écran et des boutons à la taille du doigt. À définir dans le fichier machine ; pris en compte au prochain démarrage.</translation>
    </message>
    <message>
        <source>Training button on the sign-in page</source>
        <translation>Bouton Formation sur la page de connexion</translation>
    </message>
    <message>
        <source>Opens a practice sandbox (demo returns, nothing sent or printed) in a window of its own; `inspector-app training` opens it too.</source>
        <translation>Ouvre un bac à sable d&apos;entraînement (retours de démonstration, rien d&apos;envoyé ni d&apos;imprimé) dans sa propre fenêtre ; `inspector-app training` l&apos;ouvre aussi.</translation>
    </message>
    <message>
        <source>Sync every (s)</source>
        <translation>Synchroniser toutes les (s)</translation>
    </message>
    <message>
        <source>Keep sent inspections, photos and cached returns (days)</source>
        <translation>Garder les inspections et photos envoyées et les retours en cache (jours)</translation>
    </message>
    <message>
        <source>Withdrawal window (days)</source>
        <translation>Délai de rétractation (jours)</translation>
    </message>
    <message>
        <source>Warranty (months)</source>
        <translation>Garantie (mois)</translation>
    </message>
    <message>
        <source>Transit damage report (business days)</source>
        <translation>Signalement des dommages de transport (jours ouvrés)</translation>
    </message>
    <message>
        <source>Print an intake label at finalize</source>
        <translation>Imprimer une étiquette d&apos;entrée à la finalisation</translation>
    </message>
    <message>
        <source>Label printer</source>
        <translation>Imprimante d&apos;étiquettes</translation>
    </message>
    <message>
        <source>`pdf`, `system:&lt;printer name&gt;` or `zpl:&lt;host&gt;:&lt;port&gt;`.</source>
        <translation>`pdf`, `system:&lt;nom de l&apos;imprimante&gt;` ou `zpl:&lt;hôte&gt;:&lt;port&gt;`.</translation>
    </message>
    <message>
        <source>Label size</source>
        <translation>Taille d&apos;étiquette</translation>
    </message>
    <message>
        <source>Settings only IT may change</source>
        <translation>Réglages que seul le service informatique peut modifier</translation>
    </message>
    <message>
        <source>Read from the machine file only: these keys keep its value whatever the user file or the settings dialog says.</source>
        <translation>Lu uniquement dans le fichier de la machine : ces clés gardent sa valeur, quoi que disent le fichier de l&apos;utilisateur ou les Réglages.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Station settings</source>
        <translation>Réglages du poste</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <source>Scanning</source>
        <translation>Lecture des codes</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Conservation</translation>
    </message>
    <message>
        <source>Returns policy</source>
        <translation>Politique de retour</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Only the display preferences can be changed now: a lead or an admin signs in to change the rest.</source>
        <translation>Seules les préférences d&apos;affichage sont modifiables : un chef d&apos;équipe ou un administrateur se connecte pour changer le reste.</translation>
    </message>
    <message>
        <source>Locked by IT (machine configuration).</source>
        <translation>Verrouillé par le service informatique (configuration de la machine).</translation>
    </message>
    <message>
        <source>Set by {source}.</source>
        <translation>Défini par {source}.</translation>
    </message>
    <message>
        <source>IT (machine configuration)</source>
        <translation>le service informatique (configuration du poste)</translation>
    </message>
    <message>
        <source>an environment variable</source>
        <translation>une variable d&apos;environnement</translation>
    </message>
    <message>
        <source>the command line</source>
        <translation>la ligne de commande</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Type the station token again to test another server.</source>
        <translation>Saisissez à nouveau le jeton du poste pour tester un autre serveur.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Show camera preview</source>
        <translation>Afficher l&apos;aperçu de la caméra</translation>
    </message>
    <message>
        <source>Stop camera preview</source>
        <translation>Arrêter l&apos;aperçu de la caméra</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Scan your badge to sign in</source>
        <translation>Scannez votre badge pour vous connecter</translation>
    </message>
    <message>
        <source>Hold your badge under the camera or scan it with the handheld scanner. Or choose your name and type your PIN.</source>
        <translation>Présentez votre badge sous la caméra ou scannez-le avec la douchette. Ou choisissez votre nom et saisissez votre code PIN.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>Code &amp;PIN</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>No inspectors are known at this bench yet. Check the server connection in Settings, then try again.</source>
        <translation>Aucun contrôleur n&apos;est encore connu sur ce poste. Vérifiez la connexion au serveur dans les Réglages, puis réessayez.</translation>
    </message>
    <message>
        <source>Getting the list of people from the server…</source>
        <translation>Récupération de la liste des personnes auprès du serveur…</translation>
    </message>
    <message>
        <source>Badge recognised: type your PIN to sign in.</source>
        <translation>Badge reconnu : saisissez votre code PIN pour vous connecter.</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;Formation</translation>
    </message>
    <message>
        <source>Practise on demo parcels in a window of its own: nothing is sent or printed</source>
        <translation>S&apos;entraîner sur des colis de démonstration dans une fenêtre à part : rien n&apos;est envoyé ni imprimé</translation>
    </message>
    <message>
        <source>Type your PIN, or scan your badge.</source>
        <translation>Saisissez votre code PIN, ou scannez votre badge.</translation>
    </message>
</context>
<context>
    <name>Station</name>
    <message>
        <source>Already inspected.</source>
        <translation>Déjà inspecté.</translation>
    </message>
    <message>
        <source>Badge {badge} is already someone&apos;s on this bench.</source>
        <translation>Le badge {badge} appartient déjà à quelqu&apos;un sur ce poste.</translation>
    </message>
    <message>
        <source>This is the bench&apos;s last admin: add another admin first.</source>
        <translation>C&apos;est le dernier administrateur de ce poste : ajoutez d&apos;abord un autre administrateur.</translation>
    </message>
    <message>
        <source>This bench takes its people from the server: add them or change their PIN there (inspector-server add-user).</source>
        <translation>Ce poste reçoit ses personnes du serveur : ajoutez-les ou changez leur code PIN sur le serveur (inspector-server add-user).</translation>
    </message>
    <message>
        <source>A lead&apos;s PIN is checked by the server, which cannot be reached now ({why}).</source>
        <translation>Le code PIN d&apos;un chef d&apos;équipe est vérifié par le serveur, injoignable pour le moment ({why}).</translation>
    </message>
    <message>
        <source>No lead is signed in at this bench.</source>
        <translation>Aucun chef d&apos;équipe n&apos;est connecté sur ce poste.</translation>
    </message>
    <message>
        <source>The server refused the correction: {why}</source>
        <translation>Le serveur a refusé la correction : {why}</translation>
    </message>
    <message>
        <source>A lead&apos;s authorisation comes from the server, which cannot be reached now ({why}). Try again when it is back; nothing was changed.</source>
        <translation>L&apos;autorisation d&apos;un chef d&apos;équipe vient du serveur, injoignable pour le moment ({why}). Réessayez quand il sera de nouveau joignable ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Return {return_id} has no verdict to correct.</source>
        <translation>Le retour {return_id} n&apos;a pas de verdict à corriger.</translation>
    </message>
    <message>
        <source>Correcting this verdict needs a shift lead: it was made at another bench, more than a day ago, or the server refused it.</source>
        <translation>Corriger ce verdict demande un chef d&apos;équipe : il a été rendu sur un autre poste, il y a plus d&apos;un jour, ou le serveur l&apos;a refusé.</translation>
    </message>
    <message>
        <source>This authorisation is for another return.</source>
        <translation>Cette autorisation concerne un autre retour.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {why}.</source>
        <translation>Impossible d&apos;écrire {path} : {why}.</translation>
    </message>
    <message>
        <source>“{label}” does not apply given the answers above it.</source>
        <translation>« {label} » ne s&apos;applique pas, vu les réponses précédentes.</translation>
    </message>
    <message>
        <source>A photo must be a JPEG or PNG image.</source>
        <translation>Une photo doit être une image JPEG ou PNG.</translation>
    </message>
    <message>
        <source>A photo may be at most {megabytes} MB.</source>
        <translation>Une photo fait au plus {megabytes} Mo.</translation>
    </message>
    <message>
        <source>No return found for {codes}. Check the code, or import or sync the returns list.</source>
        <translation>Aucun retour trouvé pour {codes}. Vérifiez le code, ou importez ou synchronisez la liste des retours.</translation>
    </message>
    <message>
        <source>No return found for {codes}, here or on the server. Check the code.</source>
        <translation>Aucun retour trouvé pour {codes}, ni sur ce poste ni sur le serveur. Vérifiez le code.</translation>
    </message>
    <message>
        <source>No return found for {codes} on this bench, and the server could not be asked ({why}). Check the code, or try again when the server is back.</source>
        <translation>Aucun retour trouvé pour {codes} sur ce poste, et le serveur n&apos;a pas pu être interrogé ({why}). Vérifiez le code, ou réessayez quand le serveur sera de nouveau joignable.</translation>
    </message>
    <message>
        <source>Only an admin signed in at this bench may change its people.</source>
        <translation>Seul un administrateur connecté à ce poste peut modifier ses personnes.</translation>
    </message>
    <message>
        <source>A lead&apos;s PIN is checked by the server, and this bench has none configured.</source>
        <translation>Le code PIN d&apos;un chef d&apos;équipe est vérifié par le serveur, et aucun n&apos;est configuré sur ce poste.</translation>
    </message>
    <message>
        <source>Checklist {template} v{version} is not on this bench.</source>
        <translation>La checklist {template} v{version} n&apos;est pas sur ce poste.</translation>
    </message>
    <message>
        <source>No checklist for {category} on this bench; sync with the server or install the default templates.</source>
        <translation>Aucune checklist pour la catégorie « {category} » sur ce poste ; synchronisez avec le serveur ou installez les modèles par défaut.</translation>
    </message>
    <message>
        <source>Only a shift lead or an admin can authorise a correction; {badge} is not one at this bench.</source>
        <translation>Seul un chef d&apos;équipe ou un administrateur peut autoriser une correction ; {badge} n&apos;en est pas un sur ce poste.</translation>
    </message>
    <message>
        <source>Wrong PIN. Try again.</source>
        <translation>Code PIN erroné. Réessayez.</translation>
    </message>
    <message>
        <source>This inspection is already final; it cannot be changed.</source>
        <translation>Cette inspection est déjà définitive ; elle ne peut plus être modifiée.</translation>
    </message>
    <message>
        <source>The checklist is not complete: {missing}</source>
        <translation>La checklist n&apos;est pas complète : {missing}</translation>
    </message>
    <message>
        <source>Return {return_id} was already inspected on this bench ({earlier}); record a correction that supersedes it.</source>
        <translation>Le retour {return_id} a déjà été inspecté sur ce poste ({earlier}) ; enregistrez une correction qui la remplace.</translation>
    </message>
    <message>
        <source>Say in a few words why this inspection is dismissed ({shortest} to {longest} characters).</source>
        <translation>Indiquez en quelques mots pourquoi cette inspection est classée sans suite ({shortest} à {longest} caractères).</translation>
    </message>
    <message>
        <source>A dismissal names who decided it: sign in first.</source>
        <translation>Un classement sans suite indique qui l&apos;a décidé : connectez-vous d&apos;abord.</translation>
    </message>
    <message>
        <source>No active person with badge {badge} on this bench.</source>
        <translation>Aucune personne active avec le badge {badge} sur ce poste.</translation>
    </message>
    <message>
        <source>A PIN is {shortest} to {longest} digits.</source>
        <translation>Un code PIN compte de {shortest} à {longest} chiffres.</translation>
    </message>
    <message>
        <source>No return {return_id} on this bench.</source>
        <translation>Aucun retour {return_id} sur ce poste.</translation>
    </message>
    <message>
        <source>No inspection {uuid} on this bench (discarded?).</source>
        <translation>Aucune inspection {uuid} sur ce poste (abandonnée ?).</translation>
    </message>
    <message>
        <source>Inspection {supersedes} is not a final inspection of return {return_id} on this bench, so it cannot be corrected here.</source>
        <translation>L&apos;inspection {supersedes} n&apos;est pas une inspection définitive du retour {return_id} sur ce poste : elle ne peut pas être corrigée ici.</translation>
    </message>
    <message>
        <source>No code was read.</source>
        <translation>Aucun code n&apos;a été lu.</translation>
    </message>
    <message>
        <source>No demo return {rma} for training.</source>
        <translation>Aucun retour de démonstration {rma} pour la formation.</translation>
    </message>
    <message>
        <source>{folder} is not a training sandbox; training never uses a bench&apos;s data.</source>
        <translation>{folder} n&apos;est pas un bac à sable de formation ; la formation n&apos;utilise jamais les données d&apos;un poste.</translation>
    </message>
</context>
<context>
    <name>StationApp</name>
    <message>
        <source>Labels and messages</source>
        <translation>Étiquettes et messages</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Hand-over</source>
        <translation>Remise au serveur</translation>
    </message>
    <message>
        <source>Connected: server {version}, token accepted, {n} people can sign in.</source>
        <translation>Connecté : serveur {version}, jeton accepté, {n} personnes peuvent se connecter.</translation>
    </message>
</context>
<context>
    <name>StationStatusBar</name>
    <message>
        <source>Token rejected: fix in Settings</source>
        <translation>Jeton refusé : à corriger dans les Réglages</translation>
    </message>
    <message>
        <source>Bench: {name}</source>
        <translation>Poste : {name}</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Offline: inspections are kept and sent later</source>
        <translation>Hors ligne : les inspections sont conservées et envoyées plus tard</translation>
    </message>
    <message>
        <source>Server refused this bench&apos;s token</source>
        <translation>Le serveur a refusé le jeton de ce poste</translation>
    </message>
    <message>
        <source>Standalone: no server configured</source>
        <translation>Autonome : aucun serveur configuré</translation>
    </message>
    <message>
        <source>Not everything sent: {n} waiting, {m} need attention</source>
        <translation>Envoi incomplet : {n} en attente, {m} à traiter</translation>
    </message>
    <message>
        <source>{n} waiting to send</source>
        <translation>{n} en attente d&apos;envoi</translation>
    </message>
    <message>
        <source>Everything sent</source>
        <translation>Tout est envoyé</translation>
    </message>
    <message>
        <source>last sync {time}</source>
        <translation>dernière synchro {time}</translation>
    </message>
    <message>
        <source>⚠ {n} need attention</source>
        <translation>⚠ {n} à traiter</translation>
    </message>
    <message>
        <source>⚠ {n} inspection(s) the server refused need attention. They are kept here; open them to retry or export.</source>
        <translation>⚠ {n} inspection(s) refusée(s) par le serveur à traiter. Elles sont conservées ici ; ouvrez-les pour réessayer ou exporter.</translation>
    </message>
</context>
<context>
    <name>SyncClient</name>
    <message>
        <source>The server refused ({status} {code}): {detail}</source>
        <translation>Le serveur a refusé ({status} {code}) : {detail}</translation>
    </message>
    <message>
        <source>The server&apos;s TLS certificate could not be verified; IT may need to set server.ca_bundle.</source>
        <translation>Le certificat TLS du serveur n&apos;a pas pu être vérifié ; le service informatique doit peut-être renseigner server.ca_bundle.</translation>
    </message>
    <message>
        <source>The HTTP proxy (server.proxy) could not be reached or refused the request.</source>
        <translation>Le proxy HTTP (server.proxy) est injoignable ou a refusé la requête.</translation>
    </message>
    <message>
        <source>The server did not accept a connection within {timeout} s.</source>
        <translation>Le serveur n&apos;a pas accepté de connexion en {timeout} s.</translation>
    </message>
    <message>
        <source>The server stopped answering for more than {timeout} s.</source>
        <translation>Le serveur n&apos;a plus répondu pendant plus de {timeout} s.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was cut off.</source>
        <translation>La réponse du serveur a été interrompue.</translation>
    </message>
    <message>
        <source>The server&apos;s name could not be resolved (DNS).</source>
        <translation>Le nom du serveur n&apos;a pas pu être résolu (DNS).</translation>
    </message>
    <message>
        <source>The server refused the connection (is it running?).</source>
        <translation>Le serveur a refusé la connexion (est-il démarré ?).</translation>
    </message>
    <message>
        <source>The connection to the server was lost before a complete answer.</source>
        <translation>La connexion au serveur a été perdue avant une réponse complète.</translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>sans type de contenu</translation>
    </message>
    <message>
        <source>The answer was {shown}, not the server&apos;s JSON: a network login page (captive portal), a proxy, or server.url pointing at another site.</source>
        <translation>La réponse était {shown}, pas le JSON du serveur : une page de connexion au réseau (portail captif), un proxy, ou server.url qui pointe vers un autre site.</translation>
    </message>
    <message>
        <source>another address</source>
        <translation>une autre adresse</translation>
    </message>
    <message>
        <source>The server redirected to {target}: check server.url (http or https?) or a network login page (captive portal).</source>
        <translation>Le serveur a redirigé vers {target} : vérifiez server.url (http ou https ?) ou une page de connexion au réseau (portail captif).</translation>
    </message>
    <message>
        <source>The server refused ({status} {code})</source>
        <translation>Le serveur a refusé ({status} {code})</translation>
    </message>
    <message>
        <source>HTTP {status} {reason} (not from the Return Inspector server&apos;s API)</source>
        <translation>HTTP {status} {reason} (ne vient pas de l&apos;API du serveur Return Inspector)</translation>
    </message>
    <message>
        <source>The server acknowledged a different photo than the one sent.</source>
        <translation>Le serveur a accusé réception d&apos;une autre photo que celle envoyée.</translation>
    </message>
    <message>
        <source>The server acknowledged another inspection than the one sent.</source>
        <translation>Le serveur a accusé réception d&apos;une autre inspection que celle envoyée.</translation>
    </message>
    <message>
        <source>The server acknowledged another message than the one sent.</source>
        <translation>Le serveur a accusé réception d&apos;un autre message que celui envoyé.</translation>
    </message>
    <message>
        <source>The server acknowledged another number of events than sent.</source>
        <translation>Le serveur a accusé réception d&apos;un autre nombre d&apos;événements que celui envoyé.</translation>
    </message>
    <message>
        <source>The server acknowledged another return than the one received.</source>
        <translation>Le serveur a accusé réception d&apos;un autre retour que celui reçu.</translation>
    </message>
    <message>
        <source>The server&apos;s answer had an invalid Content-Length.</source>
        <translation>La réponse du serveur avait un Content-Length invalide.</translation>
    </message>
    <message>
        <source>The server&apos;s answer exceeded {limit} MB; reading stopped.</source>
        <translation>La réponse du serveur dépassait {limit} Mo ; la lecture a été arrêtée.</translation>
    </message>
    <message>
        <source>the body</source>
        <translation>le corps</translation>
    </message>
    <message>
        <source>The server&apos;s answer did not have the expected shape ({where}: {why}).</source>
        <translation>La réponse du serveur n&apos;avait pas la forme attendue ({where} : {why}).</translation>
    </message>
    <message>
        <source>The server announced an answer of {announced} MB; more than {limit} MB is never a real answer, so it was not read.</source>
        <translation>Le serveur a annoncé une réponse de {announced} Mo ; plus de {limit} Mo n&apos;est jamais une vraie réponse, elle n&apos;a donc pas été lue.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was not valid JSON.</source>
        <translation>La réponse du serveur n&apos;était pas du JSON valide.</translation>
    </message>
    <message>
        <source>The server gave no complete answer within {limit} s.</source>
        <translation>Le serveur n&apos;a pas donné de réponse complète en {limit} s.</translation>
    </message>
</context>
<context>
    <name>TextItem</name>
    <message>
        <source>Type, then press Enter</source>
        <translation>Saisissez, puis appuyez sur Entrée</translation>
    </message>
</context>
<context>
    <name>TrainingBanner</name>
    <message>
        <source>TRAINING: practice only, nothing is sent or printed.</source>
        <translation>FORMATION : entraînement seulement, rien n&apos;est envoyé ni imprimé.</translation>
    </message>
    <message>
        <source>Parcel {n} of {total} ({rma}): {brief}</source>
        <translation>Colis {n} sur {total} ({rma}) : {brief}</translation>
    </message>
    <message>
        <source>Sign in as {name} with the PIN {pin}.</source>
        <translation>Connectez-vous en tant que {name} avec le code PIN {pin}.</translation>
    </message>
    <message>
        <source>Next parcel: scan or type {rma}.</source>
        <translation>Colis suivant : scannez ou saisissez {rma}.</translation>
    </message>
    <message>
        <source>Every parcel is done: End training ({key}) shows the score.</source>
        <translation>Tous les colis sont faits : Terminer la formation ({key}) affiche le résultat.</translation>
    </message>
</context>
<context>
    <name>TrainingLauncher</name>
    <message>
        <source>Training could not start; see the log.</source>
        <translation>La formation n&apos;a pas pu démarrer ; voir le journal.</translation>
    </message>
</context>
<context>
    <name>TrainingMode</name>
    <message>
        <source>End training</source>
        <translation>Terminer la formation</translation>
    </message>
    <message>
        <source>Show the trainer&apos;s score and close training ({key})</source>
        <translation>Afficher le résultat pour le formateur et fermer la formation ({key})</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>“Refuse and send back” refunds nothing; leave the amount empty.</source>
        <translation>« Refuser et renvoyer » ne rembourse rien ; laissez le montant vide.</translation>
    </message>
    <message>
        <source>“Repair” refunds nothing; leave the amount empty.</source>
        <translation>« Réparer » ne rembourse rien ; laissez le montant vide.</translation>
    </message>
    <message>
        <source>“Replace” refunds nothing; leave the amount empty.</source>
        <translation>« Remplacer » ne rembourse rien ; laissez le montant vide.</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>la décision</translation>
    </message>
    <message>
        <source>grade</source>
        <translation>le grade</translation>
    </message>
    <message>
        <source>disposition</source>
        <translation>l&apos;orientation</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} et {last}</translation>
    </message>
    <message>
        <source>You changed the proposed {fields}; say why in the override reason.</source>
        <translation>Vous avez modifié la proposition ({fields}) ; indiquez pourquoi dans le motif de dérogation.</translation>
    </message>
    <message>
        <source>The override reason is longer than {limit} characters.</source>
        <translation>Le motif de dérogation dépasse {limit} caractères.</translation>
    </message>
    <message>
        <source>A refused item is held in quarantine until it is sent back to the customer; it cannot be restocked, refurbished, repaired or recycled.</source>
        <translation>Un article refusé reste en quarantaine jusqu&apos;à son renvoi au client ; il ne peut être ni remis en stock, ni reconditionné, ni réparé, ni recyclé.</translation>
    </message>
    <message>
        <source>An item held in quarantine is not refunded until it is cleared.</source>
        <translation>Un article en quarantaine n&apos;est pas remboursé tant qu&apos;il n&apos;est pas libéré.</translation>
    </message>
    <message>
        <source>An item going back to stock needs a grade.</source>
        <translation>Un article remis en stock doit avoir un grade.</translation>
    </message>
    <message>
        <source>A partial refund needs an amount.</source>
        <translation>Un remboursement partiel demande un montant.</translation>
    </message>
    <message>
        <source>The refund amount must be more than zero.</source>
        <translation>Le montant remboursé doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>The refund amount has at most two decimals.</source>
        <translation>Le montant remboursé a au plus deux décimales.</translation>
    </message>
    <message>
        <source>The refund ({refund}) is more than the price paid ({price}).</source>
        <translation>Le remboursement ({refund}) dépasse le prix payé ({price}).</translation>
    </message>
    <message>
        <source>A refusal must tell the customer why, and no finding of this checklist explains one: answer the item that shows the problem (its rule then proposes the refusal), or choose another outcome.</source>
        <translation>Un refus doit être expliqué au client, et aucun constat de cette checklist ne le justifie : répondez à la question qui montre le problème (sa règle proposera alors le refus), ou choisissez une autre décision.</translation>
    </message>
    <message>
        <source>A full refund repays the price paid; leave the amount empty.</source>
        <translation>Un remboursement intégral rend le prix payé ; laissez le montant vide.</translation>
    </message>
    <message>
        <source>That is the whole price: choose “accept with a full refund” instead.</source>
        <translation>C&apos;est le prix total : choisissez plutôt « accepter avec remboursement intégral ».</translation>
    </message>
    <message>
        <source>A partial refund must tell the customer what was deducted and why, and no finding of this checklist explains a deduction: answer the item that shows the damage or the missing part, or choose another outcome.</source>
        <translation>Un remboursement partiel doit indiquer au client ce qui est déduit et pourquoi, et aucun constat de cette checklist ne justifie de déduction : répondez à la question qui montre le dommage ou la pièce manquante, ou choisissez une autre décision.</translation>
    </message>
    <message>
        <source>Say in the message how much of the {kept} kept back is for each finding.</source>
        <translation>Indiquez dans le message la part des {kept} retenus qui revient à chaque constat.</translation>
    </message>
    <message>
        <source>The deductions add up to {total}, but the refund keeps back {kept} of the {price} paid: refund {suggested} instead, or change the deductions in the message.</source>
        <translation>Les déductions totalisent {total}, mais le remboursement retient {kept} sur les {price} payés : remboursez plutôt {suggested}, ou modifiez les déductions dans le message.</translation>
    </message>
    <message>
        <source>{amount} is not an amount of money.</source>
        <translation>{amount} n&apos;est pas un montant.</translation>
    </message>
</context>
<context>
    <name>VerdictPage</name>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Issue</translation>
    </message>
    <message>
        <source>&amp;Refund</source>
        <translation>&amp;Remboursement</translation>
    </message>
    <message>
        <source>&amp;Grade</source>
        <translation>&amp;Grade</translation>
    </message>
    <message>
        <source>&amp;Disposition</source>
        <translation>&amp;Destination</translation>
    </message>
    <message>
        <source>Send-back &amp;tracking</source>
        <translation>&amp;Suivi du renvoi</translation>
    </message>
    <message>
        <source>Scan the label of the parcel going back</source>
        <translation>Scannez l&apos;étiquette du colis renvoyé</translation>
    </message>
    <message>
        <source>Override r&amp;eason</source>
        <translation>Raison du &amp;changement</translation>
    </message>
    <message>
        <source>Needed only when you change the proposal</source>
        <translation>Nécessaire seulement si vous changez la proposition</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Récapitulatif</translation>
    </message>
    <message>
        <source>Back to checklist</source>
        <translation>Revenir au contrôle</translation>
    </message>
    <message>
        <source>Finalize</source>
        <translation>Finaliser</translation>
    </message>
    <message>
        <source>— no grade —</source>
        <translation>— sans grade —</translation>
    </message>
    <message>
        <source>&lt;b&gt;Proposed by the checklist rules:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Proposé par les règles du contrôle :&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No rule made a proposal: choose the verdict.</source>
        <translation>Aucune règle ne fait de proposition : choisissez la décision.</translation>
    </message>
    <message>
        <source>You changed the proposal: say why in “Override reason”.</source>
        <translation>Vous avez changé la proposition : indiquez pourquoi dans « Raison du changement ».</translation>
    </message>
    <message>
        <source>Enter the refund amount for a partial refund.</source>
        <translation>Saisissez le montant du remboursement partiel.</translation>
    </message>
    <message>
        <source>Override r&amp;eason *</source>
        <translation>Raison du &amp;changement *</translation>
    </message>
    <message>
        <source>No rule proposes an amount: type what to refund.</source>
        <translation>Aucune règle ne propose de montant : saisissez le montant à rembourser.</translation>
    </message>
    <message>
        <source>Your amount; the rules proposed {amount}.</source>
        <translation>Votre montant ; les règles proposaient {amount}.</translation>
    </message>
    <message>
        <source>less {amount} for “{finding}”</source>
        <translation>moins {amount} pour « {finding} »</translation>
    </message>
    <message>
        <source>Proposed: {price} paid, {deductions} = {amount}</source>
        <translation>Proposé : {price} payés, {deductions} = {amount}</translation>
    </message>
    <message>
        <source>Enter the refund amount to see the message.</source>
        <translation>Saisissez le montant du remboursement pour voir le message.</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>{n} photo(s)</source>
        <translation>{n} photo(s)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Stock mistake</source>
        <translation>Erreur de stock</translation>
    </message>
    <message>
        <source>Withdrawal (changed mind)</source>
        <translation>Rétractation (changement d&apos;avis)</translation>
    </message>
    <message>
        <source>Delivery problem</source>
        <translation>Problème de livraison</translation>
    </message>
    <message>
        <source>Faulty on opening</source>
        <translation>Défectueux à l&apos;ouverture</translation>
    </message>
    <message>
        <source>Failure at first use</source>
        <translation>Panne à la première utilisation</translation>
    </message>
    <message>
        <source>Warranty claim</source>
        <translation>Demande de garantie</translation>
    </message>
    <message>
        <source>Not as described</source>
        <translation>Non conforme à la description</translation>
    </message>
    <message>
        <source>Accept, full refund</source>
        <translation>Accepter, remboursement total</translation>
    </message>
    <message>
        <source>Partial refund</source>
        <translation>Remboursement partiel</translation>
    </message>
    <message>
        <source>Refuse, send back to customer</source>
        <translation>Refuser, renvoyer au client</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Réparer</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Premium</source>
        <translation>Premium</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>Excellent</translation>
    </message>
    <message>
        <source>Very good</source>
        <translation>Très bon</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bon</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Correct</translation>
    </message>
    <message>
        <source>Restock</source>
        <translation>Remettre en stock</translation>
    </message>
    <message>
        <source>Refurbish</source>
        <translation>Reconditionner</translation>
    </message>
    <message>
        <source>Send to repair</source>
        <translation>Envoyer en réparation</translation>
    </message>
    <message>
        <source>Return to supplier</source>
        <translation>Retour fournisseur</translation>
    </message>
    <message>
        <source>Recycle</source>
        <translation>Recycler</translation>
    </message>
    <message>
        <source>Quarantine (suspected fraud)</source>
        <translation>Quarantaine (suspicion de fraude)</translation>
    </message>
    <message>
        <source>Smartphone</source>
        <translation>Smartphone</translation>
    </message>
    <message>
        <source>Tablet</source>
        <translation>Tablette</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Ordinateur portable</translation>
    </message>
    <message>
        <source>Smartwatch</source>
        <translation>Montre connectée</translation>
    </message>
    <message>
        <source>Headphones</source>
        <translation>Casque audio</translation>
    </message>
    <message>
        <source>Game console</source>
        <translation>Console de jeu</translation>
    </message>
    <message>
        <source>Backship delivery</source>
        <translation>livraison Backship</translation>
    </message>
    <message>
        <source>carrier tracking</source>
        <translation>suivi du transporteur</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>estimée</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Contrôleur</translation>
    </message>
    <message>
        <source>Shift lead</source>
        <translation>Chef d&apos;équipe</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Parcel received</source>
        <translation>Colis reçu</translation>
    </message>
    <message>
        <source>Refund sent</source>
        <translation>Remboursement effectué</translation>
    </message>
    <message>
        <source>Sent back with tracking</source>
        <translation>Renvoyé avec suivi</translation>
    </message>
    <message>
        <source>Already inspected</source>
        <translation>Déjà inspecté</translation>
    </message>
    <message>
        <source>IMEI / serial does not match the order</source>
        <translation>IMEI / n° de série différent de la commande</translation>
    </message>
    <message>
        <source>Past the return deadline</source>
        <translation>Délai de retour dépassé</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Non éligible</translation>
    </message>
    <message>
        <source>Proposal overridden</source>
        <translation>Proposition modifiée</translation>
    </message>
    <message>
        <source>Activation lock still on</source>
        <translation>Verrouillage d&apos;activation encore actif</translation>
    </message>
    <message>
        <source>Console banned from online play</source>
        <translation>Console bannie du jeu en ligne</translation>
    </message>
    <message>
        <source>Possible counterfeit</source>
        <translation>Contrefaçon possible</translation>
    </message>
    <message>
        <source>Damaged by the customer</source>
        <translation>Endommagé par le client</translation>
    </message>
    <message>
        <source>Liquid damage</source>
        <translation>Dommage dû à un liquide</translation>
    </message>
    <message>
        <source>No fault found</source>
        <translation>Aucun défaut constaté</translation>
    </message>
    <message>
        <source>Opened or tampered with</source>
        <translation>Ouvert ou manipulé</translation>
    </message>
</context>
<context>
    <name>YesNoItem</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>box</name>
    <message>
        <source>Return Inspector: unexpected error</source>
        <translation>Return Inspector : erreur inattendue</translation>
    </message>
    <message>
        <source>Something went wrong inside Return Inspector. Finalized inspections are saved; the inspection you were working on was autosaved as a draft.

Please send the crash report to IT.</source>
        <translation>Un problème est survenu dans Return Inspector. Les inspections finalisées sont enregistrées ; l&apos;inspection en cours a été sauvegardée en brouillon.

Merci d&apos;envoyer le rapport d&apos;incident au service informatique.</translation>
    </message>
    <message>
        <source>Crash report: {report}</source>
        <translation>Rapport d&apos;incident : {report}</translation>
    </message>
    <message>
        <source>Log file: {log}</source>
        <translation>Fichier journal : {log}</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
</context>
</TS>
