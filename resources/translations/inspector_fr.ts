<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about_dialog.ui" line="5" />
        <source>About Return Inspector</source>
        <translation>À propos de Return Inspector</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.ui" line="10" />
        <source>Return Inspector</source>
        <translation>Return Inspector</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.ui" line="21" />
        <source>Log folder</source>
        <translation>Dossier des journaux</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.ui" line="30" />
        <source>Data folder</source>
        <translation>Dossier des données</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.ui" line="38" />
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.ui" line="46" />
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/about_dialog.py" line="21" />
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/about_dialog.py" line="26" />
        <source>none (standalone)</source>
        <translation>aucun (poste autonome)</translation>
    </message>
</context>
<context>
    <name>AttentionDialog</name>
    <message>
        <location filename="../../ui/attention_dialog.ui" line="5" />
        <source>Inspections that need attention</source>
        <translation>Inspections à traiter</translation>
    </message>
    <message>
        <location filename="../../ui/attention_dialog.ui" line="10" />
        <source>The server refused these inspections. They are kept safely on this bench. Read the reason, fix what it says, then Retry. Export saves an entry to a file for IT.</source>
        <translation>Le serveur a refusé ces inspections. Elles sont conservées en sécurité sur ce poste. Lisez la raison, corrigez ce qu'elle indique, puis cliquez sur Réessayer. Exporter enregistre une entrée dans un fichier pour le service informatique.</translation>
    </message>
    <message>
        <location filename="../../ui/attention_dialog.ui" line="28" />
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <location filename="../../ui/attention_dialog.ui" line="34" />
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location filename="../../ui/attention_dialog.ui" line="44" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/attention_dialog.py" line="32" />
        <source>Return</source>
        <translation>Retour client</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/attention_dialog.py" line="32" />
        <source>Finalized</source>
        <translation>Finalisée</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/attention_dialog.py" line="33" />
        <source>Tries</source>
        <translation>Essais</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/attention_dialog.py" line="33" />
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/attention_dialog.py" line="85" />
        <source>Export for IT</source>
        <translation>Exporter pour le service informatique</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/attention_dialog.py" line="86" />
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>CameraView</name>
    <message>
        <location filename="../../inspector_app/gui/camera_view.py" line="30" />
        <source>No camera picture yet</source>
        <translation>Pas encore d'image de la caméra</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <location filename="../../ui/checklist_page.ui" line="54" />
        <source>Keys: Y / N answer · 1-9 choose · Enter next · Backspace back</source>
        <translation>Touches : Y / N répondre · 1-9 choisir · Entrée suivant · Retour arrière revenir</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_page.ui" line="61" />
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_page.ui" line="72" />
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/checklist_page.py" line="135" />
        <source>Section {n} of {total}</source>
        <translation>Partie {n} sur {total}</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/checklist_page.py" line="145" />
        <source>{n} thing(s) left to do in this section</source>
        <translation>Encore {n} point(s) à traiter dans cette partie</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/checklist_page.py" line="148" />
        <source>Section complete ✔</source>
        <translation>Partie terminée ✔</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/checklist_page.py" line="151" />
        <source>Go to verdict</source>
        <translation>Passer à la décision</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/checklist_page.py" line="151" />
        <source>Next section</source>
        <translation>Partie suivante</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/checklist_page.py" line="153" />
        <source>Back to return card</source>
        <translation>Revenir à la fiche retour</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/checklist_page.py" line="154" />
        <source>Previous section</source>
        <translation>Partie précédente</translation>
    </message>
</context>
<context>
    <name>CodeScanItem</name>
    <message>
        <location filename="../../inspector_app/gui/item_widgets.py" line="292" />
        <source>Scan or type the code</source>
        <translation>Scannez ou saisissez le code</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/item_widgets.py" line="311" />
        <source>Does not match the order</source>
        <translation>Ne correspond pas à la commande</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/item_widgets.py" line="314" />
        <source>Nothing to compare with on the order</source>
        <translation>Rien à comparer sur la commande</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/item_widgets.py" line="317" />
        <source>Matches the order</source>
        <translation>Correspond à la commande</translation>
    </message>
</context>
<context>
    <name>InspectionDetailDialog</name>
    <message>
        <location filename="../../ui/inspection_detail.ui" line="5" />
        <source>Inspection</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_detail.ui" line="40" />
        <source>Export answers CSV…</source>
        <translation>Exporter les réponses en CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_detail.ui" line="45" />
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
</context>
<context>
    <name>InspectionDialog</name>
    <message>
        <location filename="../../inspector_app/gui/lead/detail.py" line="27" />
        <source>Verdict: &lt;b&gt;{outcome}&lt;/b&gt;, {disposition}</source>
        <translation>Décision : &lt;b&gt;{outcome}&lt;/b&gt;, {disposition}</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/detail.py" line="31" />
        <source>grade {grade}</source>
        <translation>grade {grade}</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/detail.py" line="35" />
        <source>refund {amount} {currency}</source>
        <translation>remboursement {amount} {currency}</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/detail.py" line="40" />
        <source>{name} at {station}, finalized {when} UTC</source>
        <translation>{name} au poste {station}, finalisée le {when} UTC</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/detail.py" line="51" />
        <source>Proposed: {outcome}</source>
        <translation>Proposé : {outcome}</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/detail.py" line="57" />
        <source>Override reason: &lt;i&gt;{reason}&lt;/i&gt;</source>
        <translation>Raison du changement : &lt;i&gt;{reason}&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/detail.py" line="63" />
        <source>Flags: {flags}</source>
        <translation>Signalements : {flags}</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/detail.py" line="69" />
        <source>Corrected later by inspection {uuid}</source>
        <translation>Corrigée ensuite par l'inspection {uuid}</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/detail.py" line="98" />
        <source>Inspection {rma}</source>
        <translation>Inspection {rma}</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/detail.py" line="107" />
        <source>Loading {n} photos…</source>
        <translation>Chargement de {n} photos…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/detail.py" line="107" />
        <location filename="../../inspector_app/gui/lead/detail.py" line="125" />
        <source>No photos.</source>
        <translation>Aucune photo.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/detail.py" line="127" />
        <source>{n} photos; {missing} not available here.</source>
        <translation>{n} photos ; {missing} non disponibles ici.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/detail.py" line="131" />
        <source>{n} photos.</source>
        <translation>{n} photos.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/detail.py" line="136" />
        <source>Photos could not be loaded: {why}</source>
        <translation>Les photos n'ont pas pu être chargées : {why}</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/detail.py" line="142" />
        <source>Export answers</source>
        <translation>Exporter les réponses</translation>
    </message>
</context>
<context>
    <name>ItemWidget</name>
    <message>
        <location filename="../../inspector_app/gui/item_widgets.py" line="56" />
        <source>* required</source>
        <translation>* obligatoire</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/item_widgets.py" line="80" />
        <source>Take photo</source>
        <translation>Prendre une photo</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/item_widgets.py" line="81" />
        <source>P: take a photo for this item</source>
        <translation>P : prendre une photo pour ce point</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/item_widgets.py" line="106" />
        <source>Open photo {n}</source>
        <translation>Ouvrir la photo {n}</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/item_widgets.py" line="122" />
        <source>Take {more} more photo(s): {have} of {needed}</source>
        <translation>Encore {more} photo(s) à prendre : {have} sur {needed}</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/item_widgets.py" line="126" />
        <source>{have} of {needed} photos ✔</source>
        <translation>{have} photos sur {needed} ✔</translation>
    </message>
</context>
<context>
    <name>LabelPreview</name>
    <message>
        <location filename="../../inspector_app/gui/label_preview.py" line="117" />
        <source>Print label</source>
        <translation>Imprimer l'étiquette</translation>
    </message>
</context>
<context>
    <name>LeadTables</name>
    <message>
        <location filename="../../inspector_app/gui/lead/columns.py" line="35" />
        <location filename="../../inspector_app/gui/lead/columns.py" line="77" />
        <source>Inspector</source>
        <translation>Contrôleur</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/columns.py" line="36" />
        <source>Badge</source>
        <translation>Badge</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/columns.py" line="37" />
        <location filename="../../inspector_app/gui/lead/columns.py" line="51" />
        <source>Inspected</source>
        <translation>Inspectés</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/columns.py" line="38" />
        <source>Median time (min)</source>
        <translation>Durée médiane (min)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/columns.py" line="39" />
        <source>Active hours</source>
        <translation>Heures actives</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/columns.py" line="41" />
        <source>Per active hour</source>
        <translation>Par heure active</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/columns.py" line="45" />
        <source>Overridden</source>
        <translation>Modifiées</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/columns.py" line="46" />
        <source>Refused</source>
        <translation>Refusés</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/columns.py" line="50" />
        <location filename="../../inspector_app/gui/lead/columns.py" line="76" />
        <source>Station</source>
        <translation>Poste</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/columns.py" line="52" />
        <source>Last contact (UTC)</source>
        <translation>Dernier contact (UTC)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/columns.py" line="53" />
        <source>Queue</source>
        <translation>File d'attente</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/columns.py" line="55" />
        <source>Needs attention</source>
        <translation>À traiter</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/columns.py" line="59" />
        <source>Last sync (UTC)</source>
        <translation>Dernière synchro (UTC)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/columns.py" line="60" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/columns.py" line="64" />
        <location filename="../../inspector_app/gui/lead/columns.py" line="74" />
        <source>Return</source>
        <translation>Retour client</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/columns.py" line="65" />
        <source>RMA</source>
        <translation>RMA</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/columns.py" line="66" />
        <location filename="../../inspector_app/gui/lead/columns.py" line="75" />
        <location filename="../../inspector_app/gui/lead/columns.py" line="89" />
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/columns.py" line="67" />
        <location filename="../../inspector_app/gui/lead/columns.py" line="90" />
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/columns.py" line="68" />
        <source>Received</source>
        <translation>Reçus</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/columns.py" line="69" />
        <source>Days waiting</source>
        <translation>Jours d'attente</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/columns.py" line="73" />
        <source>Finalized (UTC)</source>
        <translation>Finalisée (UTC)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/columns.py" line="78" />
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/columns.py" line="79" />
        <source>Proposed</source>
        <translation>Proposé</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/columns.py" line="80" />
        <source>Disposition</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/columns.py" line="81" />
        <source>Flags</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/columns.py" line="82" />
        <source>Override reason</source>
        <translation>Raison du changement</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/columns.py" line="91" />
        <source>Issue</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/columns.py" line="92" />
        <source>Times</source>
        <translation>Fois</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/columns.py" line="93" />
        <source>Last seen</source>
        <translation>Vu pour la dernière fois</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/columns.py" line="97" />
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/columns.py" line="98" />
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/table.py" line="48" />
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/table.py" line="50" />
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>LeadView</name>
    <message>
        <location filename="../../inspector_app/gui/lead/charts.py" line="51" />
        <location filename="../../inspector_app/gui/lead/pdf.py" line="50" />
        <source>Received</source>
        <translation>Reçus</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/charts.py" line="52" />
        <location filename="../../inspector_app/gui/lead/pdf.py" line="51" />
        <source>Inspected</source>
        <translation>Inspectés</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/charts.py" line="53" />
        <location filename="../../inspector_app/gui/lead/pdf.py" line="55" />
        <source>Refused</source>
        <translation>Refusés</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/charts.py" line="96" />
        <source>Outcomes</source>
        <translation>Issues</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/charts.py" line="108" />
        <source>Return reasons</source>
        <translation>Motifs de retour</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/charts.py" line="129" />
        <source>Inspections per hour (UTC)</source>
        <translation>Inspections par heure (UTC)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/charts.py" line="153" />
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/pdf.py" line="52" />
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/pdf.py" line="53" />
        <source>Accepted</source>
        <translation>Acceptés</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/pdf.py" line="54" />
        <source>Partial</source>
        <translation>Partiels</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/pdf.py" line="56" />
        <source>Refunds</source>
        <translation>Remboursements</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/pdf.py" line="83" />
        <source>None.</source>
        <translation>Aucun.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/pdf.py" line="99" />
        <source>… and {n} more (see the CSV export).</source>
        <translation>… et {n} de plus (voir l'export CSV).</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/pdf.py" line="110" />
        <source>{first} to {last}</source>
        <translation>du {first} au {last}</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/pdf.py" line="119" />
        <source>Server unreachable: these are this bench's own figures only.</source>
        <translation>Serveur injoignable : ce sont seulement les chiffres de ce poste.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/pdf.py" line="123" />
        <location filename="../../inspector_app/gui/lead/pdf.py" line="180" />
        <source>Return intake — {period}</source>
        <translation>Arrivages de retours — {period}</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/pdf.py" line="126" />
        <source>UTC days. Generated {when} UTC.</source>
        <translation>Jours UTC. Généré le {when} UTC.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/pdf.py" line="131" />
        <source>Inspectors</source>
        <translation>Contrôleurs</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/pdf.py" line="135" />
        <source>Stations</source>
        <translation>Postes</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/pdf.py" line="139" />
        <source>Flagged and overridden inspections</source>
        <translation>Inspections signalées et modifiées</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/pdf.py" line="143" />
        <source>Waiting to be inspected</source>
        <translation>En attente d'inspection</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/pdf.py" line="147" />
        <source>Recurring issues (30 days)</source>
        <translation>Problèmes récurrents (30 jours)</translation>
    </message>
</context>
<context>
    <name>LeadViews</name>
    <message>
        <location filename="../../inspector_app/gui/lead/__init__.py" line="41" />
        <source>This bench has no server configured.</source>
        <translation>Ce poste n'a pas de serveur configuré.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/__init__.py" line="45" />
        <source>No PIN was given for the server.</source>
        <translation>Aucun code PIN n'a été donné pour le serveur.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/__init__.py" line="57" />
        <source>The server cannot be reached ({why}).</source>
        <translation>Le serveur est injoignable ({why}).</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/__init__.py" line="65" />
        <source>The server refused the lead sign-in ({why}).</source>
        <translation>Le serveur a refusé la connexion du chef d'équipe ({why}).</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/__init__.py" line="117" />
        <source>Shift review</source>
        <translation>Bilan de l'équipe</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/__init__.py" line="118" />
        <source>Your PIN, to open the review of every bench on the server:</source>
        <translation>Votre code PIN, pour ouvrir le bilan de tous les postes sur le serveur :</translation>
    </message>
</context>
<context>
    <name>LeadWindow</name>
    <message>
        <location filename="../../ui/lead_window.ui" line="5" />
        <source>Return Inspector — shift review</source>
        <translation>Return Inspector — bilan de l'équipe</translation>
    </message>
    <message>
        <location filename="../../ui/lead_window.ui" line="13" />
        <source>Shift review</source>
        <translation>Bilan de l'équipe</translation>
    </message>
    <message>
        <location filename="../../ui/lead_window.ui" line="23" />
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <location filename="../../ui/lead_window.ui" line="30" />
        <location filename="../../ui/lead_window.ui" line="42" />
        <source>yyyy-MM-dd</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/lead_window.ui" line="35" />
        <source>&amp;to</source>
        <translation>&amp;au</translation>
    </message>
    <message>
        <location filename="../../ui/lead_window.ui" line="47" />
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location filename="../../ui/lead_window.ui" line="53" />
        <source>Day report (&amp;PDF)</source>
        <translation>Rapport du jour (&amp;PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/lead_window.ui" line="79" />
        <source>Overview</source>
        <translation>Vue d'ensemble</translation>
    </message>
    <message>
        <location filename="../../ui/lead_window.ui" line="83" />
        <source>Flagged and overridden</source>
        <translation>Signalées et modifiées</translation>
    </message>
    <message>
        <location filename="../../ui/lead_window.ui" line="92" />
        <source>&amp;Open inspection</source>
        <translation>&amp;Ouvrir l'inspection</translation>
    </message>
    <message>
        <location filename="../../ui/lead_window.ui" line="102" />
        <location filename="../../ui/lead_window.ui" line="117" />
        <location filename="../../ui/lead_window.ui" line="130" />
        <location filename="../../ui/lead_window.ui" line="143" />
        <location filename="../../ui/lead_window.ui" line="156" />
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/lead_window.ui" line="110" />
        <source>Inspectors</source>
        <translation>Contrôleurs</translation>
    </message>
    <message>
        <location filename="../../ui/lead_window.ui" line="123" />
        <source>Stations</source>
        <translation>Postes</translation>
    </message>
    <message>
        <location filename="../../ui/lead_window.ui" line="136" />
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../../ui/lead_window.ui" line="149" />
        <source>Recurring issues</source>
        <translation>Problèmes récurrents</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/window.py" line="99" />
        <source>Return Inspector — shift review ({name})</source>
        <translation>Return Inspector — bilan de l'équipe ({name})</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/window.py" line="173" />
        <source>Loading this bench's figures</source>
        <translation>Chargement des chiffres de ce poste</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/window.py" line="182" />
        <source>The lead session has ended; sign out and in again to see every bench.</source>
        <translation>La session chef d'équipe a pris fin ; déconnectez-vous puis reconnectez-vous pour voir tous les postes.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/window.py" line="190" />
        <source>Loading the review</source>
        <translation>Chargement du bilan</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/window.py" line="195" />
        <source>{what} failed: {why}</source>
        <translation>{what} a échoué : {why}</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/window.py" line="205" />
        <source>No lead session with the server.</source>
        <translation>Aucune session chef d'équipe avec le serveur.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/window.py" line="208" />
        <source>Offline — {why} Showing this bench's own figures only (its inspections, its queue, the returns it knows); other benches are not included.</source>
        <translation>Hors ligne — {why} Seuls les chiffres de ce poste sont affichés (ses inspections, sa file d'attente, les retours qu'il connaît) ; les autres postes ne sont pas inclus.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/window.py" line="228" />
        <source>Flagged and overridden ({n})</source>
        <translation>Signalées et modifiées ({n})</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/window.py" line="230" />
        <source>Waiting ({n})</source>
        <translation>En attente ({n})</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/window.py" line="250" />
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/window.py" line="262" />
        <source>Exporting the CSV</source>
        <translation>Export du CSV</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/window.py" line="270" />
        <source>Save day report</source>
        <translation>Enregistrer le rapport du jour</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/window.py" line="288" />
        <source>Writing the PDF</source>
        <translation>Écriture du PDF</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/window.py" line="305" />
        <source>Opening the inspection</source>
        <translation>Ouverture de l'inspection</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/window.py" line="317" />
        <source>Exporting</source>
        <translation>Export</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.ui" line="7" />
        <location filename="../../ui/main_window.ui" line="24" />
        <location filename="../../inspector_app/gui/main_window.py" line="165" />
        <source>Return Inspector</source>
        <translation>Return Inspector</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="45" />
        <source>Lead view</source>
        <translation>Vue chef d'équipe</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="46" />
        <source>Review the day's intake (lead accounts)</source>
        <translation>Consulter les arrivages du jour (comptes chef d'équipe)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="51" />
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="52" />
        <source>Station settings (Ctrl+,)</source>
        <translation>Réglages du poste (Ctrl+,)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="57" />
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="62" />
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/main_window.py" line="137" />
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/main_window.py" line="137" />
        <source>Scan a parcel</source>
        <translation>Scanner un colis</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/main_window.py" line="138" />
        <source>Return</source>
        <translation>Retour client</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/main_window.py" line="138" />
        <source>Checklist</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/main_window.py" line="139" />
        <source>Verdict</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/main_window.py" line="183" />
        <source>Wrong PIN. Try again.</source>
        <translation>Code PIN erroné. Réessayez.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/main_window.py" line="195" />
        <source>Badge {code} is not known at this bench.</source>
        <translation>Le badge {code} n'est pas connu sur ce poste.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/main_window.py" line="209" />
        <source>Signed in: {name}</source>
        <translation>Connecté : {name}</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/main_window.py" line="228" />
        <source>You were signed out after a while without activity. Your work was saved.</source>
        <translation>Vous avez été déconnecté après un moment sans activité. Votre travail a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/main_window.py" line="253" />
        <source>Looking up {code}…</source>
        <translation>Recherche de {code}…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/main_window.py" line="263" />
        <source>Unfinished inspection</source>
        <translation>Inspection non terminée</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/main_window.py" line="264" />
        <source>The inspection of {rma} is not finished.</source>
        <translation>L'inspection de {rma} n'est pas terminée.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/main_window.py" line="265" />
        <source>Keep it as a draft to finish later, or discard it?</source>
        <translation>La garder en brouillon pour la finir plus tard, ou l'abandonner ?</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/main_window.py" line="266" />
        <source>Keep draft, open new parcel</source>
        <translation>Garder le brouillon, ouvrir le nouveau colis</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/main_window.py" line="268" />
        <source>Discard it</source>
        <translation>L'abandonner</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/main_window.py" line="269" />
        <source>Continue this inspection</source>
        <translation>Continuer cette inspection</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/main_window.py" line="287" />
        <source>not found</source>
        <translation>introuvable</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/main_window.py" line="310" />
        <source>Connecting to the camera…</source>
        <translation>Connexion à la caméra…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/main_window.py" line="311" />
        <source>Camera on. Show a label to the camera.</source>
        <translation>Caméra active. Présentez une étiquette à la caméra.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/main_window.py" line="312" />
        <source>Camera stopped.</source>
        <translation>Caméra arrêtée.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/main_window.py" line="317" />
        <source>No camera picture.
{why}
You can still type codes or use a handheld scanner.</source>
        <translation>Pas d'image de la caméra.
{why}
Vous pouvez toujours saisir les codes ou utiliser une douchette.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/main_window.py" line="337" />
        <source>Resume the unfinished inspection of {rma} ({model})</source>
        <translation>Reprendre l'inspection non terminée de {rma} ({model})</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/main_window.py" line="412" />
        <source>Photo: {label}</source>
        <translation>Photo : {label}</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/main_window.py" line="519" />
        <source>Saved: {rma}. Ready for the next parcel.</source>
        <translation>Enregistré : {rma}. Prêt pour le colis suivant.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/main_window.py" line="529" />
        <source>Label: {message}</source>
        <translation>Étiquette : {message}</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/main_window.py" line="529" />
        <source>Label not printed: {message}</source>
        <translation>Étiquette non imprimée : {message}</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/main_window.py" line="562" />
        <source>Token rejected</source>
        <translation>Jeton refusé</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/main_window.py" line="563" />
        <source>The server refused this bench's token, so nothing is being sent. Inspections are kept safely here.

Ask IT for a new station token and enter it in Settings → Server.</source>
        <translation>Le serveur a refusé le jeton de ce poste : rien n'est envoyé. Les inspections sont conservées en sécurité ici.

Demandez un nouveau jeton de poste au service informatique et saisissez-le dans Réglages → Serveur.</translation>
    </message>
</context>
<context>
    <name>MessagePreview</name>
    <message>
        <location filename="../../inspector_app/gui/message_preview.py" line="42" />
        <source>Message to the customer</source>
        <translation>Message au client</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/message_preview.py" line="49" />
        <source>Message language</source>
        <translation>Langue du message</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/message_preview.py" line="83" />
        <source>Subject: {subject}</source>
        <translation>Objet : {subject}</translation>
    </message>
</context>
<context>
    <name>PhotoCaptureDialog</name>
    <message>
        <location filename="../../inspector_app/gui/photo_capture.py" line="36" />
        <source>Frame the item, then press Space or “Take photo”.</source>
        <translation>Cadrez l'objet, puis appuyez sur Espace ou sur « Prendre une photo ».</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/photo_capture.py" line="40" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/photo_capture.py" line="42" />
        <source>Take photo</source>
        <translation>Prendre une photo</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/photo_capture.py" line="70" />
        <source>Taking the photo…</source>
        <translation>Prise de la photo…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/photo_capture.py" line="92" />
        <source>No photo: {why}</source>
        <translation>Pas de photo : {why}</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <location filename="../../ui/photo_viewer.ui" line="5" />
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../ui/photo_viewer.ui" line="22" />
        <source>◀ Previous</source>
        <translation>◀ Précédente</translation>
    </message>
    <message>
        <location filename="../../ui/photo_viewer.ui" line="25" />
        <source>Next ▶</source>
        <translation>Suivante ▶</translation>
    </message>
    <message>
        <location filename="../../ui/photo_viewer.ui" line="33" />
        <source>Retake</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location filename="../../ui/photo_viewer.ui" line="37" />
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../ui/photo_viewer.ui" line="43" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/photo_viewer.py" line="49" />
        <source>Photo {n} of {total} · {w}×{h}</source>
        <translation>Photo {n} sur {total} · {w}×{h}</translation>
    </message>
</context>
<context>
    <name>PrinterSettingsPage</name>
    <message>
        <location filename="../../inspector_app/gui/printer_settings.py" line="149" />
        <source>Intake label</source>
        <translation>Étiquette d'entrée</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/printer_settings.py" line="153" />
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/printer_settings.py" line="153" />
        <source>Printer on this computer</source>
        <translation>Imprimante de cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/printer_settings.py" line="154" />
        <source>Label printer on the network (ZPL)</source>
        <translation>Imprimante d'étiquettes réseau (ZPL)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/printer_settings.py" line="158" />
        <source>Default printer</source>
        <translation>Imprimante par défaut</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/printer_settings.py" line="171" />
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/printer_settings.py" line="176" />
        <source>Labels are saved in {folder}</source>
        <translation>Les étiquettes sont enregistrées dans {folder}</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/printer_settings.py" line="186" />
        <source>Test print</source>
        <translation>Impression d'essai</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/printer_settings.py" line="197" />
        <source>Print to</source>
        <translation>Imprimer vers</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/printer_settings.py" line="266" />
        <source>Printing…</source>
        <translation>Impression…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/printer_settings.py" line="281" />
        <source>Customer messages</source>
        <translation>Messages aux clients</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/printer_settings.py" line="284" />
        <source>published on the server</source>
        <translation>publié sur le serveur</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/printer_settings.py" line="285" />
        <source>shipped</source>
        <translation>fourni avec le logiciel</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/printer_settings.py" line="296" />
        <source>Templates are published by an administrator on the server; the preview uses example data.</source>
        <translation>Les modèles sont publiés par un administrateur sur le serveur ; l'aperçu utilise des données d'exemple.</translation>
    </message>
</context>
<context>
    <name>ReturnCard</name>
    <message>
        <location filename="../../ui/return_card.ui" line="35" />
        <source>RMA</source>
        <translation>RMA</translation>
    </message>
    <message>
        <location filename="../../ui/return_card.ui" line="45" />
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location filename="../../ui/return_card.ui" line="55" />
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location filename="../../ui/return_card.ui" line="65" />
        <source>IMEI / serial</source>
        <translation>IMEI / n° de série</translation>
    </message>
    <message>
        <location filename="../../ui/return_card.ui" line="75" />
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../ui/return_card.ui" line="85" />
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../ui/return_card.ui" line="95" />
        <source>Delivered</source>
        <translation>Livré le</translation>
    </message>
    <message>
        <location filename="../../ui/return_card.ui" line="105" />
        <source>Return requested</source>
        <translation>Retour demandé le</translation>
    </message>
    <message>
        <location filename="../../ui/return_card.ui" line="115" />
        <source>Deadline</source>
        <translation>Date limite</translation>
    </message>
    <message>
        <location filename="../../ui/return_card.ui" line="136" />
        <source>Back to scanning</source>
        <translation>Retour au scan</translation>
    </message>
    <message>
        <location filename="../../ui/return_card.ui" line="146" />
        <source>Start inspection</source>
        <translation>Commencer l'inspection</translation>
    </message>
</context>
<context>
    <name>ReturnCardPage</name>
    <message>
        <location filename="../../inspector_app/gui/return_card_page.py" line="52" />
        <source>not on the order</source>
        <translation>absent de la commande</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/return_card_page.py" line="62" />
        <source>Eligible: {reason}</source>
        <translation>Éligible : {reason}</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/return_card_page.py" line="66" />
        <source>Not eligible: {reason}</source>
        <translation>Non éligible : {reason}</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/return_card_page.py" line="75" />
        <source>Start inspection</source>
        <translation>Commencer l'inspection</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/return_card_page.py" line="76" />
        <source>Inspect anyway</source>
        <translation>Inspecter quand même</translation>
    </message>
</context>
<context>
    <name>ScanBridge</name>
    <message>
        <location filename="../../inspector_app/gui/scan_bridge.py" line="98" />
        <source>No camera is running.</source>
        <translation>Aucune caméra n'est active.</translation>
    </message>
</context>
<context>
    <name>ScanPage</name>
    <message>
        <location filename="../../ui/scan_page.ui" line="20" />
        <source>Starting the camera…</source>
        <translation>Démarrage de la caméra…</translation>
    </message>
    <message>
        <location filename="../../ui/scan_page.ui" line="31" />
        <source>Scan a parcel</source>
        <translation>Scanner un colis</translation>
    </message>
    <message>
        <location filename="../../ui/scan_page.ui" line="36" />
        <source>Show the label to the camera, use the handheld scanner, or type any code from the parcel: tracking number, RMA, order number, IMEI or serial.</source>
        <translation>Présentez l'étiquette à la caméra, utilisez la douchette, ou saisissez un code du colis : numéro de suivi, RMA, numéro de commande, IMEI ou numéro de série.</translation>
    </message>
    <message>
        <location filename="../../ui/scan_page.ui" line="44" />
        <source>Type a code, press Enter</source>
        <translation>Saisissez un code, puis Entrée</translation>
    </message>
    <message>
        <location filename="../../ui/scan_page.ui" line="50" />
        <source>Look up</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../ui/scan_page.ui" line="64" />
        <source>Resume the unfinished inspection</source>
        <translation>Reprendre l'inspection non terminée</translation>
    </message>
    <message>
        <location filename="../../ui/scan_page.ui" line="69" />
        <source>Last scans</source>
        <translation>Derniers scans</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="5" />
        <source>Station settings</source>
        <translation>Réglages du poste</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/settings_dialog.py" line="45" />
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/settings_dialog.py" line="46" />
        <source>Station</source>
        <translation>Poste</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/settings_dialog.py" line="47" />
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/settings_dialog.py" line="48" />
        <source>Scanning</source>
        <translation>Lecture des codes</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/settings_dialog.py" line="49" />
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/settings_dialog.py" line="50" />
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/settings_dialog.py" line="51" />
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/settings_dialog.py" line="52" />
        <source>Retention</source>
        <translation>Conservation</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/settings_dialog.py" line="53" />
        <source>Returns policy</source>
        <translation>Politique de retour</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/settings_dialog.py" line="54" />
        <source>Labels</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/settings_dialog.py" line="189" />
        <source>Set by {source}.</source>
        <translation>Défini par {source}.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/settings_dialog.py" line="190" />
        <source>IT (machine configuration)</source>
        <translation>le service informatique (configuration du poste)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/settings_dialog.py" line="191" />
        <source>an environment variable</source>
        <translation>une variable d'environnement</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/settings_dialog.py" line="192" />
        <source>the command line</source>
        <translation>la ligne de commande</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/settings_dialog.py" line="208" />
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/settings_dialog.py" line="223" />
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/settings_dialog.py" line="236" />
        <location filename="../../inspector_app/gui/settings_dialog.py" line="272" />
        <source>Show camera preview</source>
        <translation>Afficher l'aperçu de la caméra</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/settings_dialog.py" line="264" />
        <source>Stop camera preview</source>
        <translation>Arrêter l'aperçu de la caméra</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../../ui/sign_in.ui" line="23" />
        <source>Scan your badge to sign in</source>
        <translation>Scannez votre badge pour vous connecter</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.ui" line="29" />
        <source>Hold your badge under the camera or scan it with the handheld scanner. Or choose your name and type your PIN.</source>
        <translation>Présentez votre badge sous la caméra ou scannez-le avec la douchette. Ou choisissez votre nom et saisissez votre code PIN.</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.ui" line="36" />
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.ui" line="45" />
        <source>&amp;PIN</source>
        <translation>Code &amp;PIN</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.ui" line="53" />
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.ui" line="64" />
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/sign_in_page.py" line="34" />
        <source>No inspectors are known at this bench yet. Check the server connection in Settings, then try again.</source>
        <translation>Aucun contrôleur n'est encore connu sur ce poste. Vérifiez la connexion au serveur dans les Réglages, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/sign_in_page.py" line="67" />
        <source>Type your PIN, or scan your badge.</source>
        <translation>Saisissez votre code PIN, ou scannez votre badge.</translation>
    </message>
</context>
<context>
    <name>StationApp</name>
    <message>
        <location filename="../../inspector_app/gui/app.py" line="135" />
        <source>Labels and messages</source>
        <translation>Étiquettes et messages</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/app.py" line="150" />
        <source>Connected: server {version}, token accepted, {n} people can sign in.</source>
        <translation>Connecté : serveur {version}, jeton accepté, {n} personnes peuvent se connecter.</translation>
    </message>
</context>
<context>
    <name>StationStatusBar</name>
    <message>
        <location filename="../../inspector_app/gui/status_bar.py" line="37" />
        <source>Token rejected: fix in Settings</source>
        <translation>Jeton refusé : à corriger dans les Réglages</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/status_bar.py" line="48" />
        <source>Bench: {name}</source>
        <translation>Poste : {name}</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/status_bar.py" line="54" />
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/status_bar.py" line="55" />
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/status_bar.py" line="56" />
        <source>Offline: inspections are kept and sent later</source>
        <translation>Hors ligne : les inspections sont conservées et envoyées plus tard</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/status_bar.py" line="57" />
        <source>Server refused this bench's token</source>
        <translation>Le serveur a refusé le jeton de ce poste</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/status_bar.py" line="58" />
        <source>Standalone: no server configured</source>
        <translation>Autonome : aucun serveur configuré</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/status_bar.py" line="61" />
        <source>{n} waiting to send</source>
        <translation>{n} en attente d'envoi</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/status_bar.py" line="62" />
        <source>Everything sent</source>
        <translation>Tout est envoyé</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/status_bar.py" line="66" />
        <source>last sync {time}</source>
        <translation>dernière synchro {time}</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/status_bar.py" line="69" />
        <source>⚠ {n} need attention</source>
        <translation>⚠ {n} à traiter</translation>
    </message>
</context>
<context>
    <name>TextItem</name>
    <message>
        <location filename="../../inspector_app/gui/item_widgets.py" line="285" />
        <source>Type, then press Enter</source>
        <translation>Saisissez, puis appuyez sur Entrée</translation>
    </message>
</context>
<context>
    <name>VerdictPage</name>
    <message>
        <location filename="../../ui/verdict_page.ui" line="13" />
        <location filename="../../inspector_app/gui/verdict_page.py" line="188" />
        <source>Verdict</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../ui/verdict_page.ui" line="34" />
        <source>&amp;Outcome</source>
        <translation>&amp;Issue</translation>
    </message>
    <message>
        <location filename="../../ui/verdict_page.ui" line="43" />
        <source>&amp;Refund</source>
        <translation>&amp;Remboursement</translation>
    </message>
    <message>
        <location filename="../../ui/verdict_page.ui" line="55" />
        <source>&amp;Grade</source>
        <translation>&amp;Grade</translation>
    </message>
    <message>
        <location filename="../../ui/verdict_page.ui" line="64" />
        <source>&amp;Disposition</source>
        <translation>&amp;Destination</translation>
    </message>
    <message>
        <location filename="../../ui/verdict_page.ui" line="73" />
        <source>Override &amp;reason</source>
        <translation>Raison du &amp;changement</translation>
    </message>
    <message>
        <location filename="../../ui/verdict_page.ui" line="81" />
        <source>Needed only when you change the proposal</source>
        <translation>Nécessaire seulement si vous changez la proposition</translation>
    </message>
    <message>
        <location filename="../../ui/verdict_page.ui" line="104" />
        <source>Summary</source>
        <translation>Récapitulatif</translation>
    </message>
    <message>
        <location filename="../../ui/verdict_page.ui" line="120" />
        <source>Back to checklist</source>
        <translation>Revenir au contrôle</translation>
    </message>
    <message>
        <location filename="../../ui/verdict_page.ui" line="130" />
        <source>Finalize</source>
        <translation>Finaliser</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/verdict_page.py" line="68" />
        <source>— no grade —</source>
        <translation>— sans grade —</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/verdict_page.py" line="113" />
        <source>&lt;b&gt;Proposed by the checklist rules:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Proposé par les règles du contrôle :&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/verdict_page.py" line="116" />
        <source>No rule made a proposal: choose the verdict.</source>
        <translation>Aucune règle ne fait de proposition : choisissez la décision.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/verdict_page.py" line="140" />
        <source>You changed the proposal: say why in “Override reason”.</source>
        <translation>Vous avez changé la proposition : indiquez pourquoi dans « Raison du changement ».</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/verdict_page.py" line="142" />
        <source>Enter the refund amount for a partial refund.</source>
        <translation>Saisissez le montant du remboursement partiel.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/verdict_page.py" line="155" />
        <source>Override reason *</source>
        <translation>Raison du changement *</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/verdict_page.py" line="156" />
        <source>Override reason</source>
        <translation>Raison du changement</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/verdict_page.py" line="174" />
        <source>Enter the refund amount to see the message.</source>
        <translation>Saisissez le montant du remboursement pour voir le message.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/verdict_page.py" line="199" />
        <source>Checklist</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/verdict_page.py" line="204" />
        <source>{n} photo(s)</source>
        <translation>{n} photo(s)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/verdict_page.py" line="210" />
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/verdict_page.py" line="212" />
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../inspector_app/gui/vocabulary.py" line="19" />
        <source>Stock mistake</source>
        <translation>Erreur de stock</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/vocabulary.py" line="20" />
        <source>Withdrawal (changed mind)</source>
        <translation>Rétractation (changement d'avis)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/vocabulary.py" line="21" />
        <source>Delivery problem</source>
        <translation>Problème de livraison</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/vocabulary.py" line="22" />
        <source>Faulty on opening</source>
        <translation>Défectueux à l'ouverture</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/vocabulary.py" line="23" />
        <source>Failure at first use</source>
        <translation>Panne à la première utilisation</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/vocabulary.py" line="24" />
        <source>Warranty claim</source>
        <translation>Demande de garantie</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/vocabulary.py" line="25" />
        <source>Not as described</source>
        <translation>Non conforme à la description</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/vocabulary.py" line="27" />
        <source>Accept, full refund</source>
        <translation>Accepter, remboursement total</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/vocabulary.py" line="28" />
        <source>Partial refund</source>
        <translation>Remboursement partiel</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/vocabulary.py" line="29" />
        <source>Refuse, send back to customer</source>
        <translation>Refuser, renvoyer au client</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/vocabulary.py" line="30" />
        <source>Repair</source>
        <translation>Réparer</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/vocabulary.py" line="31" />
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/vocabulary.py" line="33" />
        <source>Premium</source>
        <translation>Premium</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/vocabulary.py" line="34" />
        <source>Excellent</source>
        <translation>Excellent</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/vocabulary.py" line="35" />
        <source>Very good</source>
        <translation>Très bon</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/vocabulary.py" line="36" />
        <source>Good</source>
        <translation>Bon</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/vocabulary.py" line="37" />
        <source>Fair</source>
        <translation>Correct</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/vocabulary.py" line="39" />
        <source>Restock</source>
        <translation>Remettre en stock</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/vocabulary.py" line="40" />
        <source>Refurbish</source>
        <translation>Reconditionner</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/vocabulary.py" line="41" />
        <source>Send to repair</source>
        <translation>Envoyer en réparation</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/vocabulary.py" line="42" />
        <source>Return to supplier</source>
        <translation>Retour fournisseur</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/vocabulary.py" line="43" />
        <source>Recycle</source>
        <translation>Recycler</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/vocabulary.py" line="44" />
        <source>Quarantine (suspected fraud)</source>
        <translation>Quarantaine (suspicion de fraude)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/vocabulary.py" line="46" />
        <source>Smartphone</source>
        <translation>Smartphone</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/vocabulary.py" line="47" />
        <source>Tablet</source>
        <translation>Tablette</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/vocabulary.py" line="48" />
        <source>Laptop</source>
        <translation>Ordinateur portable</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/vocabulary.py" line="49" />
        <source>Smartwatch</source>
        <translation>Montre connectée</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/vocabulary.py" line="50" />
        <source>Headphones</source>
        <translation>Casque audio</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/vocabulary.py" line="51" />
        <source>Game console</source>
        <translation>Console de jeu</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/vocabulary.py" line="53" />
        <source>Already inspected</source>
        <translation>Déjà inspecté</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/vocabulary.py" line="54" />
        <source>IMEI / serial does not match the order</source>
        <translation>IMEI / n° de série différent de la commande</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/vocabulary.py" line="55" />
        <source>Past the return deadline</source>
        <translation>Délai de retour dépassé</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/vocabulary.py" line="56" />
        <source>Not eligible</source>
        <translation>Non éligible</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/vocabulary.py" line="57" />
        <source>Proposal overridden</source>
        <translation>Proposition modifiée</translation>
    </message>
</context>
<context>
    <name>YesNoItem</name>
    <message>
        <location filename="../../inspector_app/gui/item_widgets.py" line="194" />
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/item_widgets.py" line="194" />
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>_TypedItem</name>
    <message>
        <location filename="../../inspector_app/gui/item_widgets.py" line="241" />
        <source>“{text}” is not a number.</source>
        <translation>« {text} » n'est pas un nombre.</translation>
    </message>
</context>
<context>
    <name>box</name>
    <message>
        <location filename="../../inspector_app/gui/crash_dialog.py" line="50" />
        <source>Return Inspector: unexpected error</source>
        <translation>Return Inspector : erreur inattendue</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/crash_dialog.py" line="52" />
        <source>Something went wrong inside Return Inspector. Finalized inspections are saved; the inspection you were working on was autosaved as a draft.

Please send the crash report to IT.</source>
        <translation>Un problème est survenu dans Return Inspector. Les inspections finalisées sont enregistrées ; l'inspection en cours a été sauvegardée en brouillon.

Merci d'envoyer le rapport d'incident au service informatique.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/crash_dialog.py" line="56" />
        <source>Crash report: {report}</source>
        <translation>Rapport d'incident : {report}</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/crash_dialog.py" line="58" />
        <source>Log file: {log}</source>
        <translation>Fichier journal : {log}</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/crash_dialog.py" line="61" />
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
</context>
</TS>