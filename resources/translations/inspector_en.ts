<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about_dialog.ui" line="5" />
        <source>About Return Inspector</source>
        <translation>About Return Inspector</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.ui" line="10" />
        <source>Return Inspector</source>
        <translation>Return Inspector</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.ui" line="21" />
        <source>Log folder</source>
        <translation>Log folder</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.ui" line="30" />
        <source>Data folder</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.ui" line="38" />
        <source>Server</source>
        <translation>Server</translation>
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
        <translation>none (standalone)</translation>
    </message>
</context>
<context>
    <name>AttentionDialog</name>
    <message>
        <location filename="../../ui/attention_dialog.ui" line="5" />
        <source>Inspections that need attention</source>
        <translation>Inspections that need attention</translation>
    </message>
    <message>
        <location filename="../../ui/attention_dialog.ui" line="10" />
        <source>The server refused these inspections. They are kept safely on this bench. Read the reason, fix what it says, then Retry. Export saves an entry to a file for IT.</source>
        <translation>The server refused these inspections. They are kept safely on this bench. Read the reason, fix what it says, then Retry. Export saves an entry to a file for IT.</translation>
    </message>
    <message>
        <location filename="../../ui/attention_dialog.ui" line="28" />
        <source>&amp;Retry</source>
        <translation>&amp;Retry</translation>
    </message>
    <message>
        <location filename="../../ui/attention_dialog.ui" line="34" />
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../ui/attention_dialog.ui" line="44" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/attention_dialog.py" line="32" />
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/attention_dialog.py" line="32" />
        <source>Finalized</source>
        <translation>Finalized</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/attention_dialog.py" line="33" />
        <source>Tries</source>
        <translation>Tries</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/attention_dialog.py" line="33" />
        <source>What to do</source>
        <translation>What to do</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/attention_dialog.py" line="85" />
        <source>Export for IT</source>
        <translation>Export for IT</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/attention_dialog.py" line="86" />
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
</context>
<context>
    <name>CameraView</name>
    <message>
        <location filename="../../inspector_app/gui/camera_view.py" line="30" />
        <source>No camera picture yet</source>
        <translation>No camera picture yet</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <location filename="../../ui/checklist_page.ui" line="54" />
        <source>Keys: Y / N answer · 1-9 choose · Enter next · Backspace back</source>
        <translation>Keys: Y / N answer · 1-9 choose · Enter next · Backspace back</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_page.ui" line="61" />
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_page.ui" line="72" />
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/checklist_page.py" line="135" />
        <source>Section {n} of {total}</source>
        <translation>Section {n} of {total}</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/checklist_page.py" line="145" />
        <source>{n} thing(s) left to do in this section</source>
        <translation>{n} thing(s) left to do in this section</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/checklist_page.py" line="148" />
        <source>Section complete ✔</source>
        <translation>Section complete ✔</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/checklist_page.py" line="151" />
        <source>Go to verdict</source>
        <translation>Go to verdict</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/checklist_page.py" line="151" />
        <source>Next section</source>
        <translation>Next section</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/checklist_page.py" line="153" />
        <source>Back to return card</source>
        <translation>Back to return card</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/checklist_page.py" line="154" />
        <source>Previous section</source>
        <translation>Previous section</translation>
    </message>
</context>
<context>
    <name>CodeScanItem</name>
    <message>
        <location filename="../../inspector_app/gui/item_widgets.py" line="292" />
        <source>Scan or type the code</source>
        <translation>Scan or type the code</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/item_widgets.py" line="311" />
        <source>Does not match the order</source>
        <translation>Does not match the order</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/item_widgets.py" line="314" />
        <source>Nothing to compare with on the order</source>
        <translation>Nothing to compare with on the order</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/item_widgets.py" line="317" />
        <source>Matches the order</source>
        <translation>Matches the order</translation>
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
        <translation>Export answers CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_detail.ui" line="45" />
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>InspectionDialog</name>
    <message>
        <location filename="../../inspector_app/gui/lead/detail.py" line="27" />
        <source>Verdict: &lt;b&gt;{outcome}&lt;/b&gt;, {disposition}</source>
        <translation>Verdict: &lt;b&gt;{outcome}&lt;/b&gt;, {disposition}</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/detail.py" line="31" />
        <source>grade {grade}</source>
        <translation>grade {grade}</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/detail.py" line="35" />
        <source>refund {amount} {currency}</source>
        <translation>refund {amount} {currency}</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/detail.py" line="40" />
        <source>{name} at {station}, finalized {when} UTC</source>
        <translation>{name} at {station}, finalized {when} UTC</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/detail.py" line="51" />
        <source>Proposed: {outcome}</source>
        <translation>Proposed: {outcome}</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/detail.py" line="57" />
        <source>Override reason: &lt;i&gt;{reason}&lt;/i&gt;</source>
        <translation>Override reason: &lt;i&gt;{reason}&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/detail.py" line="63" />
        <source>Flags: {flags}</source>
        <translation>Flags: {flags}</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/detail.py" line="69" />
        <source>Corrected later by inspection {uuid}</source>
        <translation>Corrected later by inspection {uuid}</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/detail.py" line="98" />
        <source>Inspection {rma}</source>
        <translation>Inspection {rma}</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/detail.py" line="107" />
        <source>Loading {n} photos…</source>
        <translation>Loading {n} photos…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/detail.py" line="107" />
        <location filename="../../inspector_app/gui/lead/detail.py" line="125" />
        <source>No photos.</source>
        <translation>No photos.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/detail.py" line="127" />
        <source>{n} photos; {missing} not available here.</source>
        <translation>{n} photos; {missing} not available here.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/detail.py" line="131" />
        <source>{n} photos.</source>
        <translation>{n} photos.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/detail.py" line="136" />
        <source>Photos could not be loaded: {why}</source>
        <translation>Photos could not be loaded: {why}</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/detail.py" line="142" />
        <source>Export answers</source>
        <translation>Export answers</translation>
    </message>
</context>
<context>
    <name>ItemWidget</name>
    <message>
        <location filename="../../inspector_app/gui/item_widgets.py" line="56" />
        <source>* required</source>
        <translation>* required</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/item_widgets.py" line="80" />
        <source>Take photo</source>
        <translation>Take photo</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/item_widgets.py" line="81" />
        <source>P: take a photo for this item</source>
        <translation>P: take a photo for this item</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/item_widgets.py" line="106" />
        <source>Open photo {n}</source>
        <translation>Open photo {n}</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/item_widgets.py" line="122" />
        <source>Take {more} more photo(s): {have} of {needed}</source>
        <translation>Take {more} more photo(s): {have} of {needed}</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/item_widgets.py" line="126" />
        <source>{have} of {needed} photos ✔</source>
        <translation>{have} of {needed} photos ✔</translation>
    </message>
</context>
<context>
    <name>LabelPreview</name>
    <message>
        <location filename="../../inspector_app/gui/label_preview.py" line="117" />
        <source>Print label</source>
        <translation>Print label</translation>
    </message>
</context>
<context>
    <name>LeadTables</name>
    <message>
        <location filename="../../inspector_app/gui/lead/columns.py" line="35" />
        <location filename="../../inspector_app/gui/lead/columns.py" line="77" />
        <source>Inspector</source>
        <translation>Inspector</translation>
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
        <translation>Inspected</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/columns.py" line="38" />
        <source>Median time (min)</source>
        <translation>Median time (min)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/columns.py" line="39" />
        <source>Active hours</source>
        <translation>Active hours</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/columns.py" line="41" />
        <source>Per active hour</source>
        <translation>Per active hour</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/columns.py" line="45" />
        <source>Overridden</source>
        <translation>Overridden</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/columns.py" line="46" />
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/columns.py" line="50" />
        <location filename="../../inspector_app/gui/lead/columns.py" line="76" />
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/columns.py" line="52" />
        <source>Last contact (UTC)</source>
        <translation>Last contact (UTC)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/columns.py" line="53" />
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/columns.py" line="55" />
        <source>Needs attention</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/columns.py" line="59" />
        <source>Last sync (UTC)</source>
        <translation>Last sync (UTC)</translation>
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
        <translation>Return</translation>
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
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/columns.py" line="67" />
        <location filename="../../inspector_app/gui/lead/columns.py" line="90" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/columns.py" line="68" />
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/columns.py" line="69" />
        <source>Days waiting</source>
        <translation>Days waiting</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/columns.py" line="73" />
        <source>Finalized (UTC)</source>
        <translation>Finalized (UTC)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/columns.py" line="78" />
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/columns.py" line="79" />
        <source>Proposed</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/columns.py" line="80" />
        <source>Disposition</source>
        <translation>Disposition</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/columns.py" line="81" />
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/columns.py" line="82" />
        <source>Override reason</source>
        <translation>Override reason</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/columns.py" line="91" />
        <source>Issue</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/columns.py" line="92" />
        <source>Times</source>
        <translation>Times</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/columns.py" line="93" />
        <source>Last seen</source>
        <translation>Last seen</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/columns.py" line="97" />
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/columns.py" line="98" />
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/table.py" line="48" />
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/table.py" line="50" />
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>LeadView</name>
    <message>
        <location filename="../../inspector_app/gui/lead/charts.py" line="51" />
        <location filename="../../inspector_app/gui/lead/pdf.py" line="50" />
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/charts.py" line="52" />
        <location filename="../../inspector_app/gui/lead/pdf.py" line="51" />
        <source>Inspected</source>
        <translation>Inspected</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/charts.py" line="53" />
        <location filename="../../inspector_app/gui/lead/pdf.py" line="55" />
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/charts.py" line="96" />
        <source>Outcomes</source>
        <translation>Outcomes</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/charts.py" line="108" />
        <source>Return reasons</source>
        <translation>Return reasons</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/charts.py" line="129" />
        <source>Inspections per hour (UTC)</source>
        <translation>Inspections per hour (UTC)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/charts.py" line="153" />
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/pdf.py" line="52" />
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/pdf.py" line="53" />
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/pdf.py" line="54" />
        <source>Partial</source>
        <translation>Partial</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/pdf.py" line="56" />
        <source>Refunds</source>
        <translation>Refunds</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/pdf.py" line="83" />
        <source>None.</source>
        <translation>None.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/pdf.py" line="99" />
        <source>… and {n} more (see the CSV export).</source>
        <translation>… and {n} more (see the CSV export).</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/pdf.py" line="110" />
        <source>{first} to {last}</source>
        <translation>{first} to {last}</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/pdf.py" line="119" />
        <source>Server unreachable: these are this bench's own figures only.</source>
        <translation>Server unreachable: these are this bench's own figures only.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/pdf.py" line="123" />
        <location filename="../../inspector_app/gui/lead/pdf.py" line="180" />
        <source>Return intake — {period}</source>
        <translation>Return intake — {period}</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/pdf.py" line="126" />
        <source>UTC days. Generated {when} UTC.</source>
        <translation>UTC days. Generated {when} UTC.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/pdf.py" line="131" />
        <source>Inspectors</source>
        <translation>Inspectors</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/pdf.py" line="135" />
        <source>Stations</source>
        <translation>Stations</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/pdf.py" line="139" />
        <source>Flagged and overridden inspections</source>
        <translation>Flagged and overridden inspections</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/pdf.py" line="143" />
        <source>Waiting to be inspected</source>
        <translation>Waiting to be inspected</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/pdf.py" line="147" />
        <source>Recurring issues (30 days)</source>
        <translation>Recurring issues (30 days)</translation>
    </message>
</context>
<context>
    <name>LeadViews</name>
    <message>
        <location filename="../../inspector_app/gui/lead/__init__.py" line="41" />
        <source>This bench has no server configured.</source>
        <translation>This bench has no server configured.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/__init__.py" line="45" />
        <source>No PIN was given for the server.</source>
        <translation>No PIN was given for the server.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/__init__.py" line="57" />
        <source>The server cannot be reached ({why}).</source>
        <translation>The server cannot be reached ({why}).</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/__init__.py" line="65" />
        <source>The server refused the lead sign-in ({why}).</source>
        <translation>The server refused the lead sign-in ({why}).</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/__init__.py" line="117" />
        <source>Shift review</source>
        <translation>Shift review</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/__init__.py" line="118" />
        <source>Your PIN, to open the review of every bench on the server:</source>
        <translation>Your PIN, to open the review of every bench on the server:</translation>
    </message>
</context>
<context>
    <name>LeadWindow</name>
    <message>
        <location filename="../../ui/lead_window.ui" line="5" />
        <source>Return Inspector — shift review</source>
        <translation>Return Inspector — shift review</translation>
    </message>
    <message>
        <location filename="../../ui/lead_window.ui" line="13" />
        <source>Shift review</source>
        <translation>Shift review</translation>
    </message>
    <message>
        <location filename="../../ui/lead_window.ui" line="23" />
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <location filename="../../ui/lead_window.ui" line="30" />
        <location filename="../../ui/lead_window.ui" line="42" />
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <location filename="../../ui/lead_window.ui" line="35" />
        <source>&amp;to</source>
        <translation>&amp;to</translation>
    </message>
    <message>
        <location filename="../../ui/lead_window.ui" line="47" />
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/lead_window.ui" line="53" />
        <source>Day report (&amp;PDF)</source>
        <translation>Day report (&amp;PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/lead_window.ui" line="79" />
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../ui/lead_window.ui" line="83" />
        <source>Flagged and overridden</source>
        <translation>Flagged and overridden</translation>
    </message>
    <message>
        <location filename="../../ui/lead_window.ui" line="92" />
        <source>&amp;Open inspection</source>
        <translation>&amp;Open inspection</translation>
    </message>
    <message>
        <location filename="../../ui/lead_window.ui" line="102" />
        <location filename="../../ui/lead_window.ui" line="117" />
        <location filename="../../ui/lead_window.ui" line="130" />
        <location filename="../../ui/lead_window.ui" line="143" />
        <location filename="../../ui/lead_window.ui" line="156" />
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/lead_window.ui" line="110" />
        <source>Inspectors</source>
        <translation>Inspectors</translation>
    </message>
    <message>
        <location filename="../../ui/lead_window.ui" line="123" />
        <source>Stations</source>
        <translation>Stations</translation>
    </message>
    <message>
        <location filename="../../ui/lead_window.ui" line="136" />
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../ui/lead_window.ui" line="149" />
        <source>Recurring issues</source>
        <translation>Recurring issues</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/window.py" line="99" />
        <source>Return Inspector — shift review ({name})</source>
        <translation>Return Inspector — shift review ({name})</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/window.py" line="173" />
        <source>Loading this bench's figures</source>
        <translation>Loading this bench's figures</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/window.py" line="182" />
        <source>The lead session has ended; sign out and in again to see every bench.</source>
        <translation>The lead session has ended; sign out and in again to see every bench.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/window.py" line="190" />
        <source>Loading the review</source>
        <translation>Loading the review</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/window.py" line="195" />
        <source>{what} failed: {why}</source>
        <translation>{what} failed: {why}</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/window.py" line="205" />
        <source>No lead session with the server.</source>
        <translation>No lead session with the server.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/window.py" line="208" />
        <source>Offline — {why} Showing this bench's own figures only (its inspections, its queue, the returns it knows); other benches are not included.</source>
        <translation>Offline — {why} Showing this bench's own figures only (its inspections, its queue, the returns it knows); other benches are not included.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/window.py" line="228" />
        <source>Flagged and overridden ({n})</source>
        <translation>Flagged and overridden ({n})</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/window.py" line="230" />
        <source>Waiting ({n})</source>
        <translation>Waiting ({n})</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/window.py" line="250" />
        <source>Export CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/window.py" line="262" />
        <source>Exporting the CSV</source>
        <translation>Exporting the CSV</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/window.py" line="270" />
        <source>Save day report</source>
        <translation>Save day report</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/window.py" line="288" />
        <source>Writing the PDF</source>
        <translation>Writing the PDF</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/window.py" line="305" />
        <source>Opening the inspection</source>
        <translation>Opening the inspection</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/lead/window.py" line="317" />
        <source>Exporting</source>
        <translation>Exporting</translation>
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
        <translation>Lead view</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="46" />
        <source>Review the day's intake (lead accounts)</source>
        <translation>Review the day's intake (lead accounts)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="51" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="52" />
        <source>Station settings (Ctrl+,)</source>
        <translation>Station settings (Ctrl+,)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="57" />
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="62" />
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/main_window.py" line="137" />
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/main_window.py" line="137" />
        <source>Scan a parcel</source>
        <translation>Scan a parcel</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/main_window.py" line="138" />
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/main_window.py" line="138" />
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/main_window.py" line="139" />
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/main_window.py" line="183" />
        <source>Wrong PIN. Try again.</source>
        <translation>Wrong PIN. Try again.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/main_window.py" line="195" />
        <source>Badge {code} is not known at this bench.</source>
        <translation>Badge {code} is not known at this bench.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/main_window.py" line="209" />
        <source>Signed in: {name}</source>
        <translation>Signed in: {name}</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/main_window.py" line="228" />
        <source>You were signed out after a while without activity. Your work was saved.</source>
        <translation>You were signed out after a while without activity. Your work was saved.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/main_window.py" line="253" />
        <source>Looking up {code}…</source>
        <translation>Looking up {code}…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/main_window.py" line="263" />
        <source>Unfinished inspection</source>
        <translation>Unfinished inspection</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/main_window.py" line="264" />
        <source>The inspection of {rma} is not finished.</source>
        <translation>The inspection of {rma} is not finished.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/main_window.py" line="265" />
        <source>Keep it as a draft to finish later, or discard it?</source>
        <translation>Keep it as a draft to finish later, or discard it?</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/main_window.py" line="266" />
        <source>Keep draft, open new parcel</source>
        <translation>Keep draft, open new parcel</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/main_window.py" line="268" />
        <source>Discard it</source>
        <translation>Discard it</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/main_window.py" line="269" />
        <source>Continue this inspection</source>
        <translation>Continue this inspection</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/main_window.py" line="287" />
        <source>not found</source>
        <translation>not found</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/main_window.py" line="310" />
        <source>Connecting to the camera…</source>
        <translation>Connecting to the camera…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/main_window.py" line="311" />
        <source>Camera on. Show a label to the camera.</source>
        <translation>Camera on. Show a label to the camera.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/main_window.py" line="312" />
        <source>Camera stopped.</source>
        <translation>Camera stopped.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/main_window.py" line="317" />
        <source>No camera picture.
{why}
You can still type codes or use a handheld scanner.</source>
        <translation>No camera picture.
{why}
You can still type codes or use a handheld scanner.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/main_window.py" line="337" />
        <source>Resume the unfinished inspection of {rma} ({model})</source>
        <translation>Resume the unfinished inspection of {rma} ({model})</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/main_window.py" line="412" />
        <source>Photo: {label}</source>
        <translation>Photo: {label}</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/main_window.py" line="519" />
        <source>Saved: {rma}. Ready for the next parcel.</source>
        <translation>Saved: {rma}. Ready for the next parcel.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/main_window.py" line="529" />
        <source>Label: {message}</source>
        <translation>Label: {message}</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/main_window.py" line="529" />
        <source>Label not printed: {message}</source>
        <translation>Label not printed: {message}</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/main_window.py" line="562" />
        <source>Token rejected</source>
        <translation>Token rejected</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/main_window.py" line="563" />
        <source>The server refused this bench's token, so nothing is being sent. Inspections are kept safely here.

Ask IT for a new station token and enter it in Settings → Server.</source>
        <translation>The server refused this bench's token, so nothing is being sent. Inspections are kept safely here.

Ask IT for a new station token and enter it in Settings → Server.</translation>
    </message>
</context>
<context>
    <name>MessagePreview</name>
    <message>
        <location filename="../../inspector_app/gui/message_preview.py" line="42" />
        <source>Message to the customer</source>
        <translation>Message to the customer</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/message_preview.py" line="49" />
        <source>Message language</source>
        <translation>Message language</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/message_preview.py" line="83" />
        <source>Subject: {subject}</source>
        <translation>Subject: {subject}</translation>
    </message>
</context>
<context>
    <name>PhotoCaptureDialog</name>
    <message>
        <location filename="../../inspector_app/gui/photo_capture.py" line="36" />
        <source>Frame the item, then press Space or “Take photo”.</source>
        <translation>Frame the item, then press Space or “Take photo”.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/photo_capture.py" line="40" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/photo_capture.py" line="42" />
        <source>Take photo</source>
        <translation>Take photo</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/photo_capture.py" line="70" />
        <source>Taking the photo…</source>
        <translation>Taking the photo…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/photo_capture.py" line="92" />
        <source>No photo: {why}</source>
        <translation>No photo: {why}</translation>
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
        <translation>◀ Previous</translation>
    </message>
    <message>
        <location filename="../../ui/photo_viewer.ui" line="25" />
        <source>Next ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <location filename="../../ui/photo_viewer.ui" line="33" />
        <source>Retake</source>
        <translation>Retake</translation>
    </message>
    <message>
        <location filename="../../ui/photo_viewer.ui" line="37" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/photo_viewer.ui" line="43" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/photo_viewer.py" line="49" />
        <source>Photo {n} of {total} · {w}×{h}</source>
        <translation>Photo {n} of {total} · {w}×{h}</translation>
    </message>
</context>
<context>
    <name>PrinterSettingsPage</name>
    <message>
        <location filename="../../inspector_app/gui/printer_settings.py" line="149" />
        <source>Intake label</source>
        <translation>Intake label</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/printer_settings.py" line="153" />
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/printer_settings.py" line="153" />
        <source>Printer on this computer</source>
        <translation>Printer on this computer</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/printer_settings.py" line="154" />
        <source>Label printer on the network (ZPL)</source>
        <translation>Label printer on the network (ZPL)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/printer_settings.py" line="158" />
        <source>Default printer</source>
        <translation>Default printer</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/printer_settings.py" line="171" />
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/printer_settings.py" line="176" />
        <source>Labels are saved in {folder}</source>
        <translation>Labels are saved in {folder}</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/printer_settings.py" line="186" />
        <source>Test print</source>
        <translation>Test print</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/printer_settings.py" line="197" />
        <source>Print to</source>
        <translation>Print to</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/printer_settings.py" line="266" />
        <source>Printing…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/printer_settings.py" line="281" />
        <source>Customer messages</source>
        <translation>Customer messages</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/printer_settings.py" line="284" />
        <source>published on the server</source>
        <translation>published on the server</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/printer_settings.py" line="285" />
        <source>shipped</source>
        <translation>shipped</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/printer_settings.py" line="296" />
        <source>Templates are published by an administrator on the server; the preview uses example data.</source>
        <translation>Templates are published by an administrator on the server; the preview uses example data.</translation>
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
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../ui/return_card.ui" line="55" />
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../ui/return_card.ui" line="65" />
        <source>IMEI / serial</source>
        <translation>IMEI / serial</translation>
    </message>
    <message>
        <location filename="../../ui/return_card.ui" line="75" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/return_card.ui" line="85" />
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../ui/return_card.ui" line="95" />
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location filename="../../ui/return_card.ui" line="105" />
        <source>Return requested</source>
        <translation>Return requested</translation>
    </message>
    <message>
        <location filename="../../ui/return_card.ui" line="115" />
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../ui/return_card.ui" line="136" />
        <source>Back to scanning</source>
        <translation>Back to scanning</translation>
    </message>
    <message>
        <location filename="../../ui/return_card.ui" line="146" />
        <source>Start inspection</source>
        <translation>Start inspection</translation>
    </message>
</context>
<context>
    <name>ReturnCardPage</name>
    <message>
        <location filename="../../inspector_app/gui/return_card_page.py" line="52" />
        <source>not on the order</source>
        <translation>not on the order</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/return_card_page.py" line="62" />
        <source>Eligible: {reason}</source>
        <translation>Eligible: {reason}</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/return_card_page.py" line="66" />
        <source>Not eligible: {reason}</source>
        <translation>Not eligible: {reason}</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/return_card_page.py" line="75" />
        <source>Start inspection</source>
        <translation>Start inspection</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/return_card_page.py" line="76" />
        <source>Inspect anyway</source>
        <translation>Inspect anyway</translation>
    </message>
</context>
<context>
    <name>ScanBridge</name>
    <message>
        <location filename="../../inspector_app/gui/scan_bridge.py" line="98" />
        <source>No camera is running.</source>
        <translation>No camera is running.</translation>
    </message>
</context>
<context>
    <name>ScanPage</name>
    <message>
        <location filename="../../ui/scan_page.ui" line="20" />
        <source>Starting the camera…</source>
        <translation>Starting the camera…</translation>
    </message>
    <message>
        <location filename="../../ui/scan_page.ui" line="31" />
        <source>Scan a parcel</source>
        <translation>Scan a parcel</translation>
    </message>
    <message>
        <location filename="../../ui/scan_page.ui" line="36" />
        <source>Show the label to the camera, use the handheld scanner, or type any code from the parcel: tracking number, RMA, order number, IMEI or serial.</source>
        <translation>Show the label to the camera, use the handheld scanner, or type any code from the parcel: tracking number, RMA, order number, IMEI or serial.</translation>
    </message>
    <message>
        <location filename="../../ui/scan_page.ui" line="44" />
        <source>Type a code, press Enter</source>
        <translation>Type a code, press Enter</translation>
    </message>
    <message>
        <location filename="../../ui/scan_page.ui" line="50" />
        <source>Look up</source>
        <translation>Look up</translation>
    </message>
    <message>
        <location filename="../../ui/scan_page.ui" line="64" />
        <source>Resume the unfinished inspection</source>
        <translation>Resume the unfinished inspection</translation>
    </message>
    <message>
        <location filename="../../ui/scan_page.ui" line="69" />
        <source>Last scans</source>
        <translation>Last scans</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="5" />
        <source>Station settings</source>
        <translation>Station settings</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/settings_dialog.py" line="45" />
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/settings_dialog.py" line="46" />
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/settings_dialog.py" line="47" />
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/settings_dialog.py" line="48" />
        <source>Scanning</source>
        <translation>Scanning</translation>
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
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/settings_dialog.py" line="52" />
        <source>Retention</source>
        <translation>Retention</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/settings_dialog.py" line="53" />
        <source>Returns policy</source>
        <translation>Returns policy</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/settings_dialog.py" line="54" />
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/settings_dialog.py" line="189" />
        <source>Set by {source}.</source>
        <translation>Set by {source}.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/settings_dialog.py" line="190" />
        <source>IT (machine configuration)</source>
        <translation>IT (machine configuration)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/settings_dialog.py" line="191" />
        <source>an environment variable</source>
        <translation>an environment variable</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/settings_dialog.py" line="192" />
        <source>the command line</source>
        <translation>the command line</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/settings_dialog.py" line="208" />
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/settings_dialog.py" line="223" />
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/settings_dialog.py" line="236" />
        <location filename="../../inspector_app/gui/settings_dialog.py" line="272" />
        <source>Show camera preview</source>
        <translation>Show camera preview</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/settings_dialog.py" line="264" />
        <source>Stop camera preview</source>
        <translation>Stop camera preview</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../../ui/sign_in.ui" line="23" />
        <source>Scan your badge to sign in</source>
        <translation>Scan your badge to sign in</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.ui" line="29" />
        <source>Hold your badge under the camera or scan it with the handheld scanner. Or choose your name and type your PIN.</source>
        <translation>Hold your badge under the camera or scan it with the handheld scanner. Or choose your name and type your PIN.</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.ui" line="36" />
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.ui" line="45" />
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.ui" line="53" />
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.ui" line="64" />
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/sign_in_page.py" line="34" />
        <source>No inspectors are known at this bench yet. Check the server connection in Settings, then try again.</source>
        <translation>No inspectors are known at this bench yet. Check the server connection in Settings, then try again.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/sign_in_page.py" line="67" />
        <source>Type your PIN, or scan your badge.</source>
        <translation>Type your PIN, or scan your badge.</translation>
    </message>
</context>
<context>
    <name>StationApp</name>
    <message>
        <location filename="../../inspector_app/gui/app.py" line="135" />
        <source>Labels and messages</source>
        <translation>Labels and messages</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/app.py" line="150" />
        <source>Connected: server {version}, token accepted, {n} people can sign in.</source>
        <translation>Connected: server {version}, token accepted, {n} people can sign in.</translation>
    </message>
</context>
<context>
    <name>StationStatusBar</name>
    <message>
        <location filename="../../inspector_app/gui/status_bar.py" line="37" />
        <source>Token rejected: fix in Settings</source>
        <translation>Token rejected: fix in Settings</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/status_bar.py" line="48" />
        <source>Bench: {name}</source>
        <translation>Bench: {name}</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/status_bar.py" line="54" />
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/status_bar.py" line="55" />
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/status_bar.py" line="56" />
        <source>Offline: inspections are kept and sent later</source>
        <translation>Offline: inspections are kept and sent later</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/status_bar.py" line="57" />
        <source>Server refused this bench's token</source>
        <translation>Server refused this bench's token</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/status_bar.py" line="58" />
        <source>Standalone: no server configured</source>
        <translation>Standalone: no server configured</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/status_bar.py" line="61" />
        <source>{n} waiting to send</source>
        <translation>{n} waiting to send</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/status_bar.py" line="62" />
        <source>Everything sent</source>
        <translation>Everything sent</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/status_bar.py" line="66" />
        <source>last sync {time}</source>
        <translation>last sync {time}</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/status_bar.py" line="69" />
        <source>⚠ {n} need attention</source>
        <translation>⚠ {n} need attention</translation>
    </message>
</context>
<context>
    <name>TextItem</name>
    <message>
        <location filename="../../inspector_app/gui/item_widgets.py" line="285" />
        <source>Type, then press Enter</source>
        <translation>Type, then press Enter</translation>
    </message>
</context>
<context>
    <name>VerdictPage</name>
    <message>
        <location filename="../../ui/verdict_page.ui" line="13" />
        <location filename="../../inspector_app/gui/verdict_page.py" line="188" />
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../../ui/verdict_page.ui" line="34" />
        <source>&amp;Outcome</source>
        <translation>&amp;Outcome</translation>
    </message>
    <message>
        <location filename="../../ui/verdict_page.ui" line="43" />
        <source>&amp;Refund</source>
        <translation>&amp;Refund</translation>
    </message>
    <message>
        <location filename="../../ui/verdict_page.ui" line="55" />
        <source>&amp;Grade</source>
        <translation>&amp;Grade</translation>
    </message>
    <message>
        <location filename="../../ui/verdict_page.ui" line="64" />
        <source>&amp;Disposition</source>
        <translation>&amp;Disposition</translation>
    </message>
    <message>
        <location filename="../../ui/verdict_page.ui" line="73" />
        <source>Override &amp;reason</source>
        <translation>Override &amp;reason</translation>
    </message>
    <message>
        <location filename="../../ui/verdict_page.ui" line="81" />
        <source>Needed only when you change the proposal</source>
        <translation>Needed only when you change the proposal</translation>
    </message>
    <message>
        <location filename="../../ui/verdict_page.ui" line="104" />
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../ui/verdict_page.ui" line="120" />
        <source>Back to checklist</source>
        <translation>Back to checklist</translation>
    </message>
    <message>
        <location filename="../../ui/verdict_page.ui" line="130" />
        <source>Finalize</source>
        <translation>Finalize</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/verdict_page.py" line="68" />
        <source>— no grade —</source>
        <translation>— no grade —</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/verdict_page.py" line="113" />
        <source>&lt;b&gt;Proposed by the checklist rules:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Proposed by the checklist rules:&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/verdict_page.py" line="116" />
        <source>No rule made a proposal: choose the verdict.</source>
        <translation>No rule made a proposal: choose the verdict.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/verdict_page.py" line="140" />
        <source>You changed the proposal: say why in “Override reason”.</source>
        <translation>You changed the proposal: say why in “Override reason”.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/verdict_page.py" line="142" />
        <source>Enter the refund amount for a partial refund.</source>
        <translation>Enter the refund amount for a partial refund.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/verdict_page.py" line="155" />
        <source>Override reason *</source>
        <translation>Override reason *</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/verdict_page.py" line="156" />
        <source>Override reason</source>
        <translation>Override reason</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/verdict_page.py" line="174" />
        <source>Enter the refund amount to see the message.</source>
        <translation>Enter the refund amount to see the message.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/verdict_page.py" line="199" />
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/verdict_page.py" line="204" />
        <source>{n} photo(s)</source>
        <translation>{n} photo(s)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/verdict_page.py" line="210" />
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/verdict_page.py" line="212" />
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../inspector_app/gui/vocabulary.py" line="19" />
        <source>Stock mistake</source>
        <translation>Stock mistake</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/vocabulary.py" line="20" />
        <source>Withdrawal (changed mind)</source>
        <translation>Withdrawal (changed mind)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/vocabulary.py" line="21" />
        <source>Delivery problem</source>
        <translation>Delivery problem</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/vocabulary.py" line="22" />
        <source>Faulty on opening</source>
        <translation>Faulty on opening</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/vocabulary.py" line="23" />
        <source>Failure at first use</source>
        <translation>Failure at first use</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/vocabulary.py" line="24" />
        <source>Warranty claim</source>
        <translation>Warranty claim</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/vocabulary.py" line="25" />
        <source>Not as described</source>
        <translation>Not as described</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/vocabulary.py" line="27" />
        <source>Accept, full refund</source>
        <translation>Accept, full refund</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/vocabulary.py" line="28" />
        <source>Partial refund</source>
        <translation>Partial refund</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/vocabulary.py" line="29" />
        <source>Refuse, send back to customer</source>
        <translation>Refuse, send back to customer</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/vocabulary.py" line="30" />
        <source>Repair</source>
        <translation>Repair</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/vocabulary.py" line="31" />
        <source>Replace</source>
        <translation>Replace</translation>
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
        <translation>Very good</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/vocabulary.py" line="36" />
        <source>Good</source>
        <translation>Good</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/vocabulary.py" line="37" />
        <source>Fair</source>
        <translation>Fair</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/vocabulary.py" line="39" />
        <source>Restock</source>
        <translation>Restock</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/vocabulary.py" line="40" />
        <source>Refurbish</source>
        <translation>Refurbish</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/vocabulary.py" line="41" />
        <source>Send to repair</source>
        <translation>Send to repair</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/vocabulary.py" line="42" />
        <source>Return to supplier</source>
        <translation>Return to supplier</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/vocabulary.py" line="43" />
        <source>Recycle</source>
        <translation>Recycle</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/vocabulary.py" line="44" />
        <source>Quarantine (suspected fraud)</source>
        <translation>Quarantine (suspected fraud)</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/vocabulary.py" line="46" />
        <source>Smartphone</source>
        <translation>Smartphone</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/vocabulary.py" line="47" />
        <source>Tablet</source>
        <translation>Tablet</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/vocabulary.py" line="48" />
        <source>Laptop</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/vocabulary.py" line="49" />
        <source>Smartwatch</source>
        <translation>Smartwatch</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/vocabulary.py" line="50" />
        <source>Headphones</source>
        <translation>Headphones</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/vocabulary.py" line="51" />
        <source>Game console</source>
        <translation>Game console</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/vocabulary.py" line="53" />
        <source>Already inspected</source>
        <translation>Already inspected</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/vocabulary.py" line="54" />
        <source>IMEI / serial does not match the order</source>
        <translation>IMEI / serial does not match the order</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/vocabulary.py" line="55" />
        <source>Past the return deadline</source>
        <translation>Past the return deadline</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/vocabulary.py" line="56" />
        <source>Not eligible</source>
        <translation>Not eligible</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/vocabulary.py" line="57" />
        <source>Proposal overridden</source>
        <translation>Proposal overridden</translation>
    </message>
</context>
<context>
    <name>YesNoItem</name>
    <message>
        <location filename="../../inspector_app/gui/item_widgets.py" line="194" />
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/item_widgets.py" line="194" />
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>_TypedItem</name>
    <message>
        <location filename="../../inspector_app/gui/item_widgets.py" line="241" />
        <source>“{text}” is not a number.</source>
        <translation>“{text}” is not a number.</translation>
    </message>
</context>
<context>
    <name>box</name>
    <message>
        <location filename="../../inspector_app/gui/crash_dialog.py" line="50" />
        <source>Return Inspector: unexpected error</source>
        <translation>Return Inspector: unexpected error</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/crash_dialog.py" line="52" />
        <source>Something went wrong inside Return Inspector. Finalized inspections are saved; the inspection you were working on was autosaved as a draft.

Please send the crash report to IT.</source>
        <translation>Something went wrong inside Return Inspector. Finalized inspections are saved; the inspection you were working on was autosaved as a draft.

Please send the crash report to IT.</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/crash_dialog.py" line="56" />
        <source>Crash report: {report}</source>
        <translation>Crash report: {report}</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/crash_dialog.py" line="58" />
        <source>Log file: {log}</source>
        <translation>Log file: {log}</translation>
    </message>
    <message>
        <location filename="../../inspector_app/gui/crash_dialog.py" line="61" />
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
</context>
</TS>