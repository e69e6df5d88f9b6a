<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Return Inspector</source>
        <translation>About Return Inspector</translation>
    </message>
    <message>
        <source>Return Inspector</source>
        <translation>Return Inspector</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>Log folder</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
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
        <translation>none (standalone)</translation>
    </message>
</context>
<context>
    <name>AttentionDialog</name>
    <message>
        <source>Inspections that need attention</source>
        <translation>Inspections that need attention</translation>
    </message>
    <message>
        <source>The server refused these inspections. They are kept safely on this bench. Read the reason, fix what it says, then Retry. Export saves an entry to a file for IT. When the server&apos;s verdict stands (another bench&apos;s inspection is right), type why and Dismiss: the entry stays here, unsent. When this bench&apos;s inspection is right, Correct: a shift lead authorises it to replace the server&apos;s verdict.</source>
        <translation>The server refused these inspections. They are kept safely on this bench. Read the reason, fix what it says, then Retry. Export saves an entry to a file for IT. When the server&apos;s verdict stands (another bench&apos;s inspection is right), type why and Dismiss: the entry stays here, unsent. When this bench&apos;s inspection is right, Correct: a shift lead authorises it to replace the server&apos;s verdict.</translation>
    </message>
    <message>
        <source>Reason to dismiss:</source>
        <translation>Reason to dismiss:</translation>
    </message>
    <message>
        <source>Why this inspection is not to be sent, e.g. the other bench&apos;s verdict stands</source>
        <translation>Why this inspection is not to be sent, e.g. the other bench&apos;s verdict stands</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Retry</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>&amp;Correct…</translation>
    </message>
    <message>
        <source>This inspection is right: a shift lead authorises it to replace the server&apos;s verdict, then it is corrected (or sent again)</source>
        <translation>This inspection is right: a shift lead authorises it to replace the server&apos;s verdict, then it is corrected (or sent again)</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Dismiss</translation>
    </message>
    <message>
        <source>Leave this inspection unsent (the server&apos;s verdict stands): it stays on this bench with your reason</source>
        <translation>Leave this inspection unsent (the server&apos;s verdict stands): it stays on this bench with your reason</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>Finalized</source>
        <translation>Finalized</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Tries</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>What to do</translation>
    </message>
    <message>
        <source>Type why this inspection is not to be sent, then Dismiss.</source>
        <translation>Type why this inspection is not to be sent, then Dismiss.</translation>
    </message>
    <message>
        <source>Export for IT</source>
        <translation>Export for IT</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Zip files (*.zip)</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>admin</source>
        <translation>admin</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>lead</translation>
    </message>
    <message>
        <source>inspector</source>
        <translation>inspector</translation>
    </message>
    <message>
        <source>bench</source>
        <translation>bench</translation>
    </message>
    <message>
        <source>server</source>
        <translation>server</translation>
    </message>
    <message>
        <source>{role} token of {whose}</source>
        <translation>{role} token of {whose}</translation>
    </message>
    <message>
        <source>{role} token of no one</source>
        <translation>{role} token of no one</translation>
    </message>
    <message>
        <source>token of {badge}</source>
        <translation>token of {badge}</translation>
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
        <translation>role {before} → {after}</translation>
    </message>
    <message>
        <source>name {before} → {after}</source>
        <translation>name {before} → {after}</translation>
    </message>
    <message>
        <source>reactivated</source>
        <translation>reactivated</translation>
    </message>
    <message>
        <source>new PIN</source>
        <translation>new PIN</translation>
    </message>
    <message>
        <source>nothing changed</source>
        <translation>nothing changed</translation>
    </message>
    <message>
        <source>{created} new, {updated} updated, {unchanged} unchanged</source>
        <translation>{created} new, {updated} updated, {unchanged} unchanged</translation>
    </message>
    <message>
        <source>{created} new, {updated} updated from Back Market</source>
        <translation>{created} new, {updated} updated from Back Market</translation>
    </message>
    <message>
        <source>from bench {station}: {stored} stored, {replayed} already here, {refused} refused</source>
        <translation>from bench {station}: {stored} stored, {replayed} already here, {refused} refused</translation>
    </message>
    <message>
        <source>sha256 {digest} from {source}</source>
        <translation>sha256 {digest} from {source}</translation>
    </message>
    <message>
        <source>{inspection} by {inspector} supersedes {supersedes}: {outcome}, {disposition}</source>
        <translation>{inspection} by {inspector} supersedes {supersedes}: {outcome}, {disposition}</translation>
    </message>
    <message>
        <source>{inspection}: proposed {proposed}, chose {chose}; reason: {reason}</source>
        <translation>{inspection}: proposed {proposed}, chose {chose}; reason: {reason}</translation>
    </message>
    <message>
        <source>{station} may supersede {inspection} (by {inspector} at {at}) until {until}</source>
        <translation>{station} may supersede {inspection} (by {inspector} at {at}) until {until}</translation>
    </message>
    <message>
        <source>{code}: {inspection} claims bench {station}, inspector {inspector}</source>
        <translation>{code}: {inspection} claims bench {station}, inspector {inspector}</translation>
    </message>
    <message>
        <source>{role}, {method}</source>
        <translation>{role}, {method}</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>badge</source>
        <translation>badge</translation>
    </message>
    <message>
        <source>wrong PIN</source>
        <translation>wrong PIN</translation>
    </message>
    <message>
        <source>not a lead</source>
        <translation>not a lead</translation>
    </message>
    <message>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
</context>
<context>
    <name>Camera</name>
    <message>
        <source>no photo: {reason}</source>
        <translation>no photo: {reason}</translation>
    </message>
    <message>
        <source>a photo must be an 8-bit BGR or grayscale image</source>
        <translation>a photo must be an 8-bit BGR or grayscale image</translation>
    </message>
    <message>
        <source>the photo could not be encoded as JPEG</source>
        <translation>the photo could not be encoded as JPEG</translation>
    </message>
    <message>
        <source>{file}: {mb} MB is too big for a photo</source>
        <translation>{file}: {mb} MB is too big for a photo</translation>
    </message>
    <message>
        <source>{file}: cannot be read ({why})</source>
        <translation>{file}: cannot be read ({why})</translation>
    </message>
    <message>
        <source>{file}: not an image file this station can read</source>
        <translation>{file}: not an image file this station can read</translation>
    </message>
    <message>
        <source>{file}: the image is damaged ({why})</source>
        <translation>{file}: the image is damaged ({why})</translation>
    </message>
    <message>
        <source>no camera is running to take the photo; check the camera settings</source>
        <translation>no camera is running to take the photo; check the camera settings</translation>
    </message>
    <message>
        <source>{file}: {width}x{height} pixels is too big</source>
        <translation>{file}: {width}x{height} pixels is too big</translation>
    </message>
    <message>
        <source>the camera did not deliver a picture in time</source>
        <translation>the camera did not deliver a picture in time</translation>
    </message>
    <message>
        <source> This computer lacks the FFmpeg libraries that play video files and network cameras: install the packages Return Inspector recommends (on Debian 12: apt install {packages}).</source>
        <translation> This computer lacks the FFmpeg libraries that play video files and network cameras: install the packages Return Inspector recommends (on Debian 12: apt install {packages}).</translation>
    </message>
    <message>
        <source>camera {index}</source>
        <translation>camera {index}</translation>
    </message>
    <message>
        <source>The stream from {camera} was interrupted; reconnecting.</source>
        <translation>The stream from {camera} was interrupted; reconnecting.</translation>
    </message>
    <message>
        <source>No camera configured: set camera.source to a device index, a file or an rtsp:// or http:// URL.</source>
        <translation>No camera configured: set camera.source to a device index, a file or an rtsp:// or http:// URL.</translation>
    </message>
    <message>
        <source>Cameras found: {devices}.</source>
        <translation>Cameras found: {devices}.</translation>
    </message>
    <message>
        <source>No camera was found on this computer; check the cable.</source>
        <translation>No camera was found on this computer; check the cable.</translation>
    </message>
    <message>
        <source>Camera {index} is not available. {there}</source>
        <translation>Camera {index} is not available. {there}</translation>
    </message>
    <message>
        <source>Cannot connect to {camera}: check the address, that the camera is on and that this computer can reach it.{ffmpeg}</source>
        <translation>Cannot connect to {camera}: check the address, that the camera is on and that this computer can reach it.{ffmpeg}</translation>
    </message>
    <message>
        <source>Camera file {file} does not exist.</source>
        <translation>Camera file {file} does not exist.</translation>
    </message>
    <message>
        <source>{file} is not a video OpenCV can play.{ffmpeg}</source>
        <translation>{file} is not a video OpenCV can play.{ffmpeg}</translation>
    </message>
    <message>
        <source>{camera} is not open.</source>
        <translation>{camera} is not open.</translation>
    </message>
    <message>
        <source>The video {file} has ended.</source>
        <translation>The video {file} has ended.</translation>
    </message>
    <message>
        <source>{camera} stopped sending pictures (unplugged?); reconnecting.</source>
        <translation>{camera} stopped sending pictures (unplugged?); reconnecting.</translation>
    </message>
    <message>
        <source>{file} is not an image OpenCV can read.</source>
        <translation>{file} is not an image OpenCV can read.</translation>
    </message>
    <message>
        <source>the camera stream stopped</source>
        <translation>the camera stream stopped</translation>
    </message>
</context>
<context>
    <name>CameraView</name>
    <message>
        <source>No camera picture yet</source>
        <translation>No camera picture yet</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>A photo is referenced by its SHA-256 (64 lower-case hex digits).</source>
        <translation>A photo is referenced by its SHA-256 (64 lower-case hex digits).</translation>
    </message>
    <message>
        <source>An inspection holds at most {limit} photos; remove one first.</source>
        <translation>An inspection holds at most {limit} photos; remove one first.</translation>
    </message>
    <message>
        <source>The draft was made with checklist {saved} v{saved_version}, not {template} v{version}.</source>
        <translation>The draft was made with checklist {saved} v{saved_version}, not {template} v{version}.</translation>
    </message>
    <message>
        <source>“{label}” does not apply given the answers above it.</source>
        <translation>“{label}” does not apply given the answers above it.</translation>
    </message>
    <message>
        <source>{label}: {have} of 1 photo taken</source>
        <translation>{label}: {have} of 1 photo taken</translation>
    </message>
    <message>
        <source>{label}: {have} of {needed} photos taken</source>
        <translation>{label}: {have} of {needed} photos taken</translation>
    </message>
    <message>
        <source>This checklist has no item &apos;{item}&apos;.</source>
        <translation>This checklist has no item &apos;{item}&apos;.</translation>
    </message>
    <message>
        <source>Not answered: {label}</source>
        <translation>Not answered: {label}</translation>
    </message>
    <message>
        <source>The draft holds a malformed photo reference: {sha}.</source>
        <translation>The draft holds a malformed photo reference: {sha}.</translation>
    </message>
    <message>
        <source>{number} {unit}</source>
        <translation>{number} {unit}</translation>
    </message>
    <message>
        <source>“{label}” takes photos, not an answer.</source>
        <translation>“{label}” takes photos, not an answer.</translation>
    </message>
    <message>
        <source>“{label}” needs an answer.</source>
        <translation>“{label}” needs an answer.</translation>
    </message>
    <message>
        <source>“{label}”: expected text.</source>
        <translation>“{label}”: expected text.</translation>
    </message>
    <message>
        <source>“{label}”: at most {limit} characters, please shorten it.</source>
        <translation>“{label}”: at most {limit} characters, please shorten it.</translation>
    </message>
    <message>
        <source>“{label}”: the text contains a control character.</source>
        <translation>“{label}”: the text contains a control character.</translation>
    </message>
    <message>
        <source>“{label}”: enter a number.</source>
        <translation>“{label}”: enter a number.</translation>
    </message>
    <message>
        <source>“{label}”: {value} is not at most {high}.</source>
        <translation>“{label}”: {value} is not at most {high}.</translation>
    </message>
    <message>
        <source>“{label}”: answer yes or no.</source>
        <translation>“{label}”: answer yes or no.</translation>
    </message>
    <message>
        <source>“{label}”: pick one of: {choices}.</source>
        <translation>“{label}”: pick one of: {choices}.</translation>
    </message>
    <message>
        <source>“{label}”: {value} is not between {low} and {high}.</source>
        <translation>“{label}”: {value} is not between {low} and {high}.</translation>
    </message>
    <message>
        <source>“{label}”: {value} is not at least {low}.</source>
        <translation>“{label}”: {value} is not at least {low}.</translation>
    </message>
    <message>
        <source>{code} is not in the form this checklist expects here.</source>
        <translation>{code} is not in the form this checklist expects here.</translation>
    </message>
    <message>
        <source>{code} is not an IMEI: its last digit is not the check digit.</source>
        <translation>{code} is not an IMEI: its last digit is not the check digit.</translation>
    </message>
    <message>
        <source>{code} is not an IMEI: an IMEI is 15 digits.</source>
        <translation>{code} is not an IMEI: an IMEI is 15 digits.</translation>
    </message>
    <message>
        <source>{code} is not a serial number: 5 to 30 letters and digits.</source>
        <translation>{code} is not a serial number: 5 to 30 letters and digits.</translation>
    </message>
    <message>
        <source>“{label}”: {problem}</source>
        <translation>“{label}”: {problem}</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <source>All pass (A)</source>
        <translation>All pass (A)</translation>
    </message>
    <message>
        <source>A: every open question of this section gets its no-defect answer; each stays on screen to check and change</source>
        <translation>A: every open question of this section gets its no-defect answer; each stays on screen to check and change</translation>
    </message>
    <message>
        <source>Keys: Y / N answer · 1-9 choose · P / Ctrl+P photo · A all pass · Enter next · Backspace back</source>
        <translation>Keys: Y / N answer · 1-9 choose · P / Ctrl+P photo · A all pass · Enter next · Backspace back</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Section {n} of {total}</source>
        <translation>Section {n} of {total}</translation>
    </message>
    <message>
        <source>{n} thing(s) left to do in this section</source>
        <translation>{n} thing(s) left to do in this section</translation>
    </message>
    <message>
        <source>All pass answered {n}: check each answer, change any with its key (Ctrl+Z takes them back), then Enter</source>
        <translation>All pass answered {n}: check each answer, change any with its key (Ctrl+Z takes them back), then Enter</translation>
    </message>
    <message>
        <source>Section complete ✔</source>
        <translation>Section complete ✔</translation>
    </message>
    <message>
        <source>Go to verdict</source>
        <translation>Go to verdict</translation>
    </message>
    <message>
        <source>Next section</source>
        <translation>Next section</translation>
    </message>
    <message>
        <source>Back to return card</source>
        <translation>Back to return card</translation>
    </message>
    <message>
        <source>Previous section</source>
        <translation>Previous section</translation>
    </message>
</context>
<context>
    <name>CodeScanItem</name>
    <message>
        <source>Scan or type the code</source>
        <translation>Scan or type the code</translation>
    </message>
    <message>
        <source>{code} is on the label of parcel {rma}, not on the device.</source>
        <translation>{code} is on the label of parcel {rma}, not on the device.</translation>
    </message>
    <message>
        <source>Does not match the order</source>
        <translation>Does not match the order</translation>
    </message>
    <message>
        <source>Nothing to compare with on the order</source>
        <translation>Nothing to compare with on the order</translation>
    </message>
    <message>
        <source>Matches the order</source>
        <translation>Matches the order</translation>
    </message>
</context>
<context>
    <name>Codes</name>
    <message>
        <source>A code must be text.</source>
        <translation>A code must be text.</translation>
    </message>
    <message>
        <source>This code is {length} characters long; parcel codes are much shorter.</source>
        <translation>This code is {length} characters long; parcel codes are much shorter.</translation>
    </message>
    <message>
        <source>The code contains a control character ({character}); check the scanner&apos;s suffix settings.</source>
        <translation>The code contains a control character ({character}); check the scanner&apos;s suffix settings.</translation>
    </message>
    <message>
        <source>The code is empty.</source>
        <translation>The code is empty.</translation>
    </message>
    <message>
        <source>A parcel code holds only letters and digits.</source>
        <translation>A parcel code holds only letters and digits.</translation>
    </message>
    <message>
        <source>This code is {length} characters long; parcel codes are at most {limit}.</source>
        <translation>This code is {length} characters long; parcel codes are at most {limit}.</translation>
    </message>
</context>
<context>
    <name>CorrectionFlow</name>
    <message>
        <source>{rma} has no verdict to correct.</source>
        <translation>{rma} has no verdict to correct.</translation>
    </message>
    <message>
        <source>One photo of the earlier inspection could not be fetched: take it again.</source>
        <translation>One photo of the earlier inspection could not be fetched: take it again.</translation>
    </message>
    <message>
        <source>{n} photos of the earlier inspection could not be fetched: take them again.</source>
        <translation>{n} photos of the earlier inspection could not be fetched: take them again.</translation>
    </message>
</context>
<context>
    <name>DraftResume</name>
    <message>
        <source>Resume the unfinished inspection of {rma} ({model})</source>
        <translation>Resume the unfinished inspection of {rma} ({model})</translation>
    </message>
    <message>
        <source>Unfinished inspection</source>
        <translation>Unfinished inspection</translation>
    </message>
    <message>
        <source>The inspection of {rma} is not finished.</source>
        <translation>The inspection of {rma} is not finished.</translation>
    </message>
    <message>
        <source>Keep it as a draft to finish later, or discard it?</source>
        <translation>Keep it as a draft to finish later, or discard it?</translation>
    </message>
    <message>
        <source>Keep draft, open new parcel</source>
        <translation>Keep draft, open new parcel</translation>
    </message>
    <message>
        <source>Discard it</source>
        <translation>Discard it</translation>
    </message>
    <message>
        <source>Continue this inspection</source>
        <translation>Continue this inspection</translation>
    </message>
</context>
<context>
    <name>Eligibility</name>
    <message>
        <source>holiday season</source>
        <translation>holiday season</translation>
    </message>
    <message>
        <source>a Monday</source>
        <translation>a Monday</translation>
    </message>
    <message>
        <source>a Tuesday</source>
        <translation>a Tuesday</translation>
    </message>
    <message>
        <source>a Wednesday</source>
        <translation>a Wednesday</translation>
    </message>
    <message>
        <source>a Thursday</source>
        <translation>a Thursday</translation>
    </message>
    <message>
        <source>a Friday</source>
        <translation>a Friday</translation>
    </message>
    <message>
        <source>a Saturday</source>
        <translation>a Saturday</translation>
    </message>
    <message>
        <source>a Sunday</source>
        <translation>a Sunday</translation>
    </message>
    <message>
        <source>, moved from {day}: {why}</source>
        <translation>, moved from {day}: {why}</translation>
    </message>
    <message>
        <source>the {days}-day withdrawal window</source>
        <translation>the {days}-day withdrawal window</translation>
    </message>
    <message>
        <source>Within {window} (deadline {deadline}{moved}).</source>
        <translation>Within {window} (deadline {deadline}{moved}).</translation>
    </message>
    <message>
        <source>a public holiday ({name})</source>
        <translation>a public holiday ({name})</translation>
    </message>
    <message>
        <source>Transit damage reported within {days} business days of delivery (deadline {deadline}).</source>
        <translation>Transit damage reported within {days} business days of delivery (deadline {deadline}).</translation>
    </message>
    <message>
        <source>Transit damage was reported after its deadline ({late}), but the return is still within {window} (deadline {deadline}{moved}).</source>
        <translation>Transit damage was reported after its deadline ({late}), but the return is still within {window} (deadline {deadline}{moved}).</translation>
    </message>
    <message>
        <source>Past {window}, but ordered on {ordered}, in the {season}, so returnable until {until}.</source>
        <translation>Past {window}, but ordered on {ordered}, in the {season}, so returnable until {until}.</translation>
    </message>
    <message>
        <source>Past {window} (closed {closed}), but a defect claim within the {months}-month warranty (until {deadline}).</source>
        <translation>Past {window} (closed {closed}), but a defect claim within the {months}-month warranty (until {deadline}).</translation>
    </message>
    <message>
        <source>Requested on {asked}, after {window} closed ({closed}).</source>
        <translation>Requested on {asked}, after {window} closed ({closed}).</translation>
    </message>
    <message>
        <source>Defect claimed on {asked}, after the {months}-month warranty ended ({deadline}).</source>
        <translation>Defect claimed on {asked}, after the {months}-month warranty ended ({deadline}).</translation>
    </message>
    <message>
        <source>Transit damage must be reported within {days} business days of delivery (deadline {deadline}); it was reported on {asked}, after {window} had also closed ({closed}).</source>
        <translation>Transit damage must be reported within {days} business days of delivery (deadline {deadline}); it was reported on {asked}, after {window} had also closed ({closed}).</translation>
    </message>
    <message>
        <source>The return&apos;s dates (delivered {delivered}) are out of range; check the order data.</source>
        <translation>The return&apos;s dates (delivered {delivered}) are out of range; check the order data.</translation>
    </message>
</context>
<context>
    <name>Failures</name>
    <message>
        <source>Something went wrong; the log has the details.</source>
        <translation>Something went wrong; the log has the details.</translation>
    </message>
</context>
<context>
    <name>FraudBanner</name>
    <message>
        <source>Photograph the evidence (E)</source>
        <translation>Photograph the evidence (E)</translation>
    </message>
    <message>
        <source>⚠ {field} does not match the order: possible swap. Do not grade it.</source>
        <translation>⚠ {field} does not match the order: possible swap. Do not grade it.</translation>
    </message>
    <message>
        <source>Order:   {code}</source>
        <translation>Order:   {code}</translation>
    </message>
    <message>
        <source>Scanned: {code}</source>
        <translation>Scanned: {code}</translation>
    </message>
    <message>
        <source>Set the device aside: photograph the evidence, then refuse and quarantine.</source>
        <translation>Set the device aside: photograph the evidence, then refuse and quarantine.</translation>
    </message>
    <message>
        <source>The IMEI</source>
        <translation>The IMEI</translation>
    </message>
    <message>
        <source>The serial number</source>
        <translation>The serial number</translation>
    </message>
    <message>
        <source>The SKU</source>
        <translation>The SKU</translation>
    </message>
    <message>
        <source>The order number</source>
        <translation>The order number</translation>
    </message>
    <message>
        <source>The RMA</source>
        <translation>The RMA</translation>
    </message>
</context>
<context>
    <name>HandOverPage</name>
    <message>
        <source>This bench has no server. Its finalized inspections wait here; export them into one file and give it to the server&apos;s administrator, who imports it. They stay queued: when this bench joins the server, nothing is stored twice.</source>
        <translation>This bench has no server. Its finalized inspections wait here; export them into one file and give it to the server&apos;s administrator, who imports it. They stay queued: when this bench joins the server, nothing is stored twice.</translation>
    </message>
    <message>
        <source>&amp;Export inspections for the server…</source>
        <translation>&amp;Export inspections for the server…</translation>
    </message>
    <message>
        <source>Inspections waiting for a server: {n}</source>
        <translation>Inspections waiting for a server: {n}</translation>
    </message>
    <message>
        <source>Export inspections</source>
        <translation>Export inspections</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Zip files (*.zip)</translation>
    </message>
    <message>
        <source>Writing {path}…</source>
        <translation>Writing {path}…</translation>
    </message>
    <message>
        <source>Wrote {path}: {n} inspection(s), {photos} photo(s), {messages} customer message(s). On the server: inspector-server import-inspections FILE.</source>
        <translation>Wrote {path}: {n} inspection(s), {photos} photo(s), {messages} customer message(s). On the server: inspector-server import-inspections FILE.</translation>
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
        <translation>Export answers CSV…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>InspectionDialog</name>
    <message>
        <source>Verdict: &lt;b&gt;{outcome}&lt;/b&gt;, {disposition}</source>
        <translation>Verdict: &lt;b&gt;{outcome}&lt;/b&gt;, {disposition}</translation>
    </message>
    <message>
        <source>grade {grade}</source>
        <translation>grade {grade}</translation>
    </message>
    <message>
        <source>refund {amount}</source>
        <translation>refund {amount}</translation>
    </message>
    <message>
        <source>{name} at {station}, finalized {when}</source>
        <translation>{name} at {station}, finalized {when}</translation>
    </message>
    <message>
        <source>Started by {badge}, who left it as a draft</source>
        <translation>Started by {badge}, who left it as a draft</translation>
    </message>
    <message>
        <source>Proposed: {outcome}</source>
        <translation>Proposed: {outcome}</translation>
    </message>
    <message>
        <source>Override reason: &lt;i&gt;{reason}&lt;/i&gt;</source>
        <translation>Override reason: &lt;i&gt;{reason}&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Flags: {flags}</source>
        <translation>Flags: {flags}</translation>
    </message>
    <message>
        <source>Corrected later by inspection {uuid}</source>
        <translation>Corrected later by inspection {uuid}</translation>
    </message>
    <message>
        <source>Inspection {rma}</source>
        <translation>Inspection {rma}</translation>
    </message>
    <message>
        <source>Loading {n} photos…</source>
        <translation>Loading {n} photos…</translation>
    </message>
    <message>
        <source>No photos.</source>
        <translation>No photos.</translation>
    </message>
    <message>
        <source>{n} photos; {missing} not available here.</source>
        <translation>{n} photos; {missing} not available here.</translation>
    </message>
    <message>
        <source>{n} photos.</source>
        <translation>{n} photos.</translation>
    </message>
    <message>
        <source>Photos could not be loaded: {why}</source>
        <translation>Photos could not be loaded: {why}</translation>
    </message>
    <message>
        <source>Export answers</source>
        <translation>Export answers</translation>
    </message>
</context>
<context>
    <name>ItemWidget</name>
    <message>
        <source>* required</source>
        <translation>* required</translation>
    </message>
    <message>
        <source>Take photo (P)</source>
        <translation>Take photo (P)</translation>
    </message>
    <message>
        <source>P: take a photo for this item</source>
        <translation>P: take a photo for this item</translation>
    </message>
    <message>
        <source>Add photo (Ctrl+P)</source>
        <translation>Add photo (Ctrl+P)</translation>
    </message>
    <message>
        <source>Ctrl+P: add a photo to this item, e.g. of a fault it does not ask about</source>
        <translation>Ctrl+P: add a photo to this item, e.g. of a fault it does not ask about</translation>
    </message>
    <message>
        <source>Open photo {n}</source>
        <translation>Open photo {n}</translation>
    </message>
    <message>
        <source>Take {more} more photo(s): {have} of {needed}</source>
        <translation>Take {more} more photo(s): {have} of {needed}</translation>
    </message>
    <message>
        <source>{have} of {needed} photos ✔</source>
        <translation>{have} of {needed} photos ✔</translation>
    </message>
</context>
<context>
    <name>LabelPreview</name>
    <message>
        <source>Print label</source>
        <translation>Print label</translation>
    </message>
</context>
<context>
    <name>LeadPrompt</name>
    <message>
        <source>A shift lead authorises this correction</source>
        <translation>A shift lead authorises this correction</translation>
    </message>
    <message>
        <source>The verdict on {rma} was made at another bench, more than a day ago, or the server refused this bench&apos;s, so correcting it needs a shift lead. The lead chooses their name (or scans their badge) and types their PIN; you stay signed in.</source>
        <translation>The verdict on {rma} was made at another bench, more than a day ago, or the server refused this bench&apos;s, so correcting it needs a shift lead. The lead chooses their name (or scans their badge) and types their PIN; you stay signed in.</translation>
    </message>
    <message>
        <source>&amp;Lead</source>
        <translation>&amp;Lead</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <source>&amp;Authorise</source>
        <translation>&amp;Authorise</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>No shift lead is known at this bench yet: the list of people comes from the server.</source>
        <translation>No shift lead is known at this bench yet: the list of people comes from the server.</translation>
    </message>
    <message>
        <source>Badge {code} is not a shift lead&apos;s.</source>
        <translation>Badge {code} is not a shift lead&apos;s.</translation>
    </message>
    <message>
        <source>Type the lead&apos;s PIN.</source>
        <translation>Type the lead&apos;s PIN.</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Asking the server…</translation>
    </message>
</context>
<context>
    <name>LeadTables</name>
    <message>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Badge</translation>
    </message>
    <message>
        <source>Inspected</source>
        <translation>Inspected</translation>
    </message>
    <message>
        <source>Median time (min)</source>
        <translation>Median time (min)</translation>
    </message>
    <message>
        <source>Active hours</source>
        <translation>Active hours</translation>
    </message>
    <message>
        <source>Per active hour</source>
        <translation>Per active hour</translation>
    </message>
    <message>
        <source>Overridden</source>
        <translation>Overridden</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Needs attention</translation>
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
        <translation>Model</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Days waiting</source>
        <translation>Days waiting</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>In transit</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Not picked up yet</source>
        <translation>Not picked up yet</translation>
    </message>
    <message>
        <source>Awaiting a label</source>
        <translation>Awaiting a label</translation>
    </message>
    <message>
        <source>Label issued</source>
        <translation>Label issued</translation>
    </message>
    <message>
        <source>Picked up</source>
        <translation>Picked up</translation>
    </message>
    <message>
        <source>Delivered, not received</source>
        <translation>Delivered, not received</translation>
    </message>
    <message>
        <source>Carrier delivery</source>
        <translation>Carrier delivery</translation>
    </message>
    <message>
        <source>Pickup + usual transit (estimate)</source>
        <translation>Pickup + usual transit (estimate)</translation>
    </message>
    <message>
        <source>Carrier scan + usual transit (estimate)</source>
        <translation>Carrier scan + usual transit (estimate)</translation>
    </message>
    <message>
        <source>Not handed over yet</source>
        <translation>Not handed over yet</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Arrival</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Tracking</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>Date from</source>
        <translation>Date from</translation>
    </message>
    <message>
        <source>Age (days)</source>
        <translation>Age (days)</translation>
    </message>
    <message>
        <source>Lead signed in</source>
        <translation>Lead signed in</translation>
    </message>
    <message>
        <source>Lead sign-in refused</source>
        <translation>Lead sign-in refused</translation>
    </message>
    <message>
        <source>Lead sign-in blocked (too many tries)</source>
        <translation>Lead sign-in blocked (too many tries)</translation>
    </message>
    <message>
        <source>Lead signed out</source>
        <translation>Lead signed out</translation>
    </message>
    <message>
        <source>Lead session ended</source>
        <translation>Lead session ended</translation>
    </message>
    <message>
        <source>Correction authorised</source>
        <translation>Correction authorised</translation>
    </message>
    <message>
        <source>Correction stored</source>
        <translation>Correction stored</translation>
    </message>
    <message>
        <source>Verdict overridden</source>
        <translation>Verdict overridden</translation>
    </message>
    <message>
        <source>Inspection refused</source>
        <translation>Inspection refused</translation>
    </message>
    <message>
        <source>API token issued</source>
        <translation>API token issued</translation>
    </message>
    <message>
        <source>API token revoked</source>
        <translation>API token revoked</translation>
    </message>
    <message>
        <source>Bench added</source>
        <translation>Bench added</translation>
    </message>
    <message>
        <source>Person added</source>
        <translation>Person added</translation>
    </message>
    <message>
        <source>Person changed</source>
        <translation>Person changed</translation>
    </message>
    <message>
        <source>Person deactivated</source>
        <translation>Person deactivated</translation>
    </message>
    <message>
        <source>Checklist published</source>
        <translation>Checklist published</translation>
    </message>
    <message>
        <source>Message template published</source>
        <translation>Message template published</translation>
    </message>
    <message>
        <source>Message template withdrawn</source>
        <translation>Message template withdrawn</translation>
    </message>
    <message>
        <source>Returns imported</source>
        <translation>Returns imported</translation>
    </message>
    <message>
        <source>Inspections imported</source>
        <translation>Inspections imported</translation>
    </message>
    <message>
        <source>Return received</source>
        <translation>Return received</translation>
    </message>
    <message>
        <source>Marketplace action moved on</source>
        <translation>Marketplace action moved on</translation>
    </message>
    <message>
        <source>Marketplace plan made</source>
        <translation>Marketplace plan made</translation>
    </message>
    <message>
        <source>Marketplace plan approved</source>
        <translation>Marketplace plan approved</translation>
    </message>
    <message>
        <source>Marketplace plan rejected</source>
        <translation>Marketplace plan rejected</translation>
    </message>
    <message>
        <source>Marketplace request sent</source>
        <translation>Marketplace request sent</translation>
    </message>
    <message>
        <source>Marketplace sending switched</source>
        <translation>Marketplace sending switched</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>Sign-in refused</translation>
    </message>
    <message>
        <source>Sign-in blocked (too many tries)</source>
        <translation>Sign-in blocked (too many tries)</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Draft discarded</source>
        <translation>Draft discarded</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>Setting changed</translation>
    </message>
    <message>
        <source>Inspection dismissed</source>
        <translation>Inspection dismissed</translation>
    </message>
    <message>
        <source>Dismissal withdrawn</source>
        <translation>Dismissal withdrawn</translation>
    </message>
    <message>
        <source>Parcel received</source>
        <translation>Parcel received</translation>
    </message>
    <message>
        <source>Inspection replaced</source>
        <translation>Inspection replaced</translation>
    </message>
    <message>
        <source>Inspections exported</source>
        <translation>Inspections exported</translation>
    </message>
    <message>
        <source>PIN reset</source>
        <translation>PIN reset</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Not needed</translation>
    </message>
    <message>
        <source>Waiting for you</source>
        <translation>Waiting for you</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>Nothing to do</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Waiting for approval</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Ready to send</source>
        <translation>Ready to send</translation>
    </message>
    <message>
        <source>Held back</source>
        <translation>Held back</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <source>Sent (checking)</source>
        <translation>Sent (checking)</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Customer message</source>
        <translation>Customer message</translation>
    </message>
    <message>
        <source>Problem report</source>
        <translation>Problem report</translation>
    </message>
    <message>
        <source>Item transfer</source>
        <translation>Item transfer</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Approval</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Why a lead decides</source>
        <translation>Why a lead decides</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <source>Planned on</source>
        <translation>Planned on</translation>
    </message>
    <message>
        <source>Decision note</source>
        <translation>Decision note</translation>
    </message>
    <message>
        <source>Message: parcel received</source>
        <translation>Message: parcel received</translation>
    </message>
    <message>
        <source>Message: the decision</source>
        <translation>Message: the decision</translation>
    </message>
    <message>
        <source>Message: refund sent</source>
        <translation>Message: refund sent</translation>
    </message>
    <message>
        <source>Message: sent back</source>
        <translation>Message: sent back</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Marketplace said</source>
        <translation>Marketplace said</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Tries</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Last sync</translation>
    </message>
    <message>
        <source>Finalized</source>
        <translation>Finalized</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Disposition</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>Override reason</source>
        <translation>Override reason</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Times</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Last seen</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>LeadView</name>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Inspected</source>
        <translation>Inspected</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Outcomes</translation>
    </message>
    <message>
        <source>Return reasons</source>
        <translation>Return reasons</translation>
    </message>
    <message>
        <source>Inspections per hour (UTC)</source>
        <translation>Inspections per hour (UTC)</translation>
    </message>
    <message>
        <source>Inspections per hour</source>
        <translation>Inspections per hour</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Partial</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Refunds</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>None.</translation>
    </message>
    <message>
        <source>… and {n} more (see the CSV export).</source>
        <translation>… and {n} more (see the CSV export).</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} to {last}</translation>
    </message>
    <message>
        <source>Server unreachable: these are this bench&apos;s own figures only.</source>
        <translation>Server unreachable: these are this bench&apos;s own figures only.</translation>
    </message>
    <message>
        <source>Return intake — {period}</source>
        <translation>Return intake — {period}</translation>
    </message>
    <message>
        <source>UTC days. Generated {when}.</source>
        <translation>UTC days. Generated {when}.</translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation>Inspectors</translation>
    </message>
    <message>
        <source>Stations</source>
        <translation>Stations</translation>
    </message>
    <message>
        <source>Flagged and overridden inspections</source>
        <translation>Flagged and overridden inspections</translation>
    </message>
    <message>
        <source>Waiting to be inspected</source>
        <translation>Waiting to be inspected</translation>
    </message>
    <message>
        <source>Recurring issues (30 days)</source>
        <translation>Recurring issues (30 days)</translation>
    </message>
</context>
<context>
    <name>LeadViews</name>
    <message>
        <source>This bench has no server configured.</source>
        <translation>This bench has no server configured.</translation>
    </message>
    <message>
        <source>No PIN was given for the server.</source>
        <translation>No PIN was given for the server.</translation>
    </message>
    <message>
        <source>The server cannot be reached ({why}).</source>
        <translation>The server cannot be reached ({why}).</translation>
    </message>
    <message>
        <source>The server refused the lead sign-in ({why}).</source>
        <translation>The server refused the lead sign-in ({why}).</translation>
    </message>
    <message>
        <source>Shift review</source>
        <translation>Shift review</translation>
    </message>
    <message>
        <source>Your PIN, to open the review of every bench on the server:</source>
        <translation>Your PIN, to open the review of every bench on the server:</translation>
    </message>
</context>
<context>
    <name>LeadWindow</name>
    <message>
        <source>Return Inspector — shift review</source>
        <translation>Return Inspector — shift review</translation>
    </message>
    <message>
        <source>Shift review</source>
        <translation>Shift review</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;to</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Day report (&amp;PDF)</source>
        <translation>Day report (&amp;PDF)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Flagged and overridden</source>
        <translation>Flagged and overridden</translation>
    </message>
    <message>
        <source>&amp;Open inspection</source>
        <translation>&amp;Open inspection</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation>Inspectors</translation>
    </message>
    <message>
        <source>Stations</source>
        <translation>Stations</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Recurring issues</source>
        <translation>Recurring issues</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Approve…</translation>
    </message>
    <message>
        <source>Approve another a&amp;mount…</source>
        <translation>Approve another a&amp;mount…</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>Re&amp;ject…</translation>
    </message>
    <message>
        <source>Send a&amp;gain</source>
        <translation>Send a&amp;gain</translation>
    </message>
    <message>
        <source>Ca&amp;ncel action…</source>
        <translation>Ca&amp;ncel action…</translation>
    </message>
    <message>
        <source>Return Inspector — shift review ({name})</source>
        <translation>Return Inspector — shift review ({name})</translation>
    </message>
    <message>
        <source>Loading this bench&apos;s figures</source>
        <translation>Loading this bench&apos;s figures</translation>
    </message>
    <message>
        <source>The lead session has ended; sign out and in again to see every bench.</source>
        <translation>The lead session has ended; sign out and in again to see every bench.</translation>
    </message>
    <message>
        <source>Loading the review</source>
        <translation>Loading the review</translation>
    </message>
    <message>
        <source>{what} failed: {why}</source>
        <translation>{what} failed: {why}</translation>
    </message>
    <message>
        <source>Days and hours of {zone}</source>
        <translation>Days and hours of {zone}</translation>
    </message>
    <message>
        <source>No lead session with the server.</source>
        <translation>No lead session with the server.</translation>
    </message>
    <message>
        <source>Offline — {why} Showing this bench&apos;s own figures only (its inspections, its queue, the returns it knows); other benches are not included.</source>
        <translation>Offline — {why} Showing this bench&apos;s own figures only (its inspections, its queue, the returns it knows); other benches are not included.</translation>
    </message>
    <message>
        <source>Flagged and overridden ({n})</source>
        <translation>Flagged and overridden ({n})</translation>
    </message>
    <message>
        <source>Waiting ({n})</source>
        <translation>Waiting ({n})</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <source>Exporting the CSV</source>
        <translation>Exporting the CSV</translation>
    </message>
    <message>
        <source>Save day report</source>
        <translation>Save day report</translation>
    </message>
    <message>
        <source>Writing the PDF</source>
        <translation>Writing the PDF</translation>
    </message>
    <message>
        <source>Opening the inspection</source>
        <translation>Opening the inspection</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exporting</translation>
    </message>
    <message>
        <source>Needing a decision</source>
        <translation>Needing a decision</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Waiting for approval</translation>
    </message>
    <message>
        <source>Failed on the marketplace</source>
        <translation>Failed on the marketplace</translation>
    </message>
    <message>
        <source>All, newest first</source>
        <translation>All, newest first</translation>
    </message>
    <message>
        <source>refunds, messages and reports to the marketplace are decided there.</source>
        <translation>refunds, messages and reports to the marketplace are decided there.</translation>
    </message>
    <message>
        <source>{waiting} waiting for approval, {failed} failed on the marketplace.</source>
        <translation>{waiting} waiting for approval, {failed} failed on the marketplace.</translation>
    </message>
    <message>
        <source>Dry run: the server plans and shows actions but sends nothing until an administrator turns sending on.</source>
        <translation>Dry run: the server plans and shows actions but sends nothing until an administrator turns sending on.</translation>
    </message>
    <message>
        <source>Marketplace ({n})</source>
        <translation>Marketplace ({n})</translation>
    </message>
    <message>
        <source>Approve plan {plan} for return {rma}?

The customer is refunded {amount} (price paid {price}) on the marketplace.</source>
        <translation>Approve plan {plan} for return {rma}?

The customer is refunded {amount} (price paid {price}) on the marketplace.</translation>
    </message>
    <message>
        <source>Approve plan {plan} for return {rma}?

Its actions are sent to the marketplace: {what}.</source>
        <translation>Approve plan {plan} for return {rma}?

Its actions are sent to the marketplace: {what}.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Approve another amount</source>
        <translation>Approve another amount</translation>
    </message>
    <message>
        <source>Refund for return {rma}, in {currency} (at most the price paid, {price}):</source>
        <translation>Refund for return {rma}, in {currency} (at most the price paid, {price}):</translation>
    </message>
    <message>
        <source>Reject plan {plan}</source>
        <translation>Reject plan {plan}</translation>
    </message>
    <message>
        <source>Why is plan {plan} for return {rma} rejected? Nothing of it is sent; the reason is kept and shown.</source>
        <translation>Why is plan {plan} for return {rma} rejected? Nothing of it is sent; the reason is kept and shown.</translation>
    </message>
    <message>
        <source>Send action {action} again ({what})?</source>
        <translation>Send action {action} again ({what})?</translation>
    </message>
    <message>
        <source>The customer is refunded {amount}.</source>
        <translation>The customer is refunded {amount}.</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Send again</translation>
    </message>
    <message>
        <source>Cancel action {action}</source>
        <translation>Cancel action {action}</translation>
    </message>
    <message>
        <source>Why is action {action} ({what}) given up? It is never sent.</source>
        <translation>Why is action {action} ({what}) given up? It is never sent.</translation>
    </message>
    <message>
        <source>Nothing was sent: a reason of at least {n} characters is needed.</source>
        <translation>Nothing was sent: a reason of at least {n} characters is needed.</translation>
    </message>
    <message>
        <source>Sending your decision to the server…</source>
        <translation>Sending your decision to the server…</translation>
    </message>
    <message>
        <source>The server did not take the decision. {why}</source>
        <translation>The server did not take the decision. {why}</translation>
    </message>
    <message>
        <source>Sending the decision</source>
        <translation>Sending the decision</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>Plan {plan} for return {rma}: {status}</source>
        <translation>Plan {plan} for return {rma}: {status}</translation>
    </message>
    <message>
        <source>Needs a lead because: {why}</source>
        <translation>Needs a lead because: {why}</translation>
    </message>
    <message>
        <source>Decided by {who}. {note}</source>
        <translation>Decided by {who}. {note}</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Not allowed</translation>
    </message>
    <message>
        <source>No longer there</source>
        <translation>No longer there</translation>
    </message>
    <message>
        <source>Already changed</source>
        <translation>Already changed</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>Not accepted</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>{kind}: {detail}</source>
        <translation>{kind}: {detail}</translation>
    </message>
    <message>
        <source>Needs the server: {what} {why}</source>
        <translation>Needs the server: {what} {why}</translation>
    </message>
    <message>
        <source>Loading from the server</source>
        <translation>Loading from the server</translation>
    </message>
    <message>
        <source>only the server follows the marketplace&apos;s parcels on their way here.</source>
        <translation>only the server follows the marketplace&apos;s parcels on their way here.</translation>
    </message>
    <message>
        <source>Everything on its way</source>
        <translation>Everything on its way</translation>
    </message>
    <message>
        <source>As of {day}: {counts}</source>
        <translation>As of {day}: {counts}</translation>
    </message>
    <message>
        <source>Expected ({n})</source>
        <translation>Expected ({n})</translation>
    </message>
    <message>
        <source>the audit log of every bench is kept on the server.</source>
        <translation>the audit log of every bench is kept on the server.</translation>
    </message>
    <message>
        <source>{n} events from {first} to {last} (server days in UTC; times shown on this computer&apos;s clock), newest first.</source>
        <translation>{n} events from {first} to {last} (server days in UTC; times shown on this computer&apos;s clock), newest first.</translation>
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
        <translation>Lead view</translation>
    </message>
    <message>
        <source>Review the day&apos;s intake (lead accounts)</source>
        <translation>Review the day&apos;s intake (lead accounts)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Station settings (Ctrl+,)</source>
        <translation>Station settings (Ctrl+,)</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Close Return Inspector on this bench</source>
        <translation>Close Return Inspector on this bench</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Scan a parcel</source>
        <translation>Scan a parcel</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Wrong PIN. Try again.</source>
        <translation>Wrong PIN. Try again.</translation>
    </message>
    <message>
        <source>Badge {code} is not known at this bench.</source>
        <translation>Badge {code} is not known at this bench.</translation>
    </message>
    <message>
        <source>Signed in: {name}</source>
        <translation>Signed in: {name}</translation>
    </message>
    <message>
        <source>You were signed out after a while without activity. Your work was saved.</source>
        <translation>You were signed out after a while without activity. Your work was saved.</translation>
    </message>
    <message>
        <source>Looking up {code}…</source>
        <translation>Looking up {code}…</translation>
    </message>
    <message>
        <source>Receive parcels</source>
        <translation>Receive parcels</translation>
    </message>
    <message>
        <source>Receiving {code}…</source>
        <translation>Receiving {code}…</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>not found</translation>
    </message>
    <message>
        <source>Received {rma} ({name}): put it on the shelf.</source>
        <translation>Received {rma} ({name}): put it on the shelf.</translation>
    </message>
    <message>
        <source>received {rma}</source>
        <translation>received {rma}</translation>
    </message>
    <message>
        <source>already inspected</source>
        <translation>already inspected</translation>
    </message>
    <message>
        <source>already received</source>
        <translation>already received</translation>
    </message>
    <message>
        <source>{rma} was already received at {time}.</source>
        <translation>{rma} was already received at {time}.</translation>
    </message>
    <message>
        <source>{rma} was already inspected: it does not go on the shelf.</source>
        <translation>{rma} was already inspected: it does not go on the shelf.</translation>
    </message>
    <message>
        <source>{rma} was already received on {day}.</source>
        <translation>{rma} was already received on {day}.</translation>
    </message>
    <message>
        <source>Connecting to the camera…</source>
        <translation>Connecting to the camera…</translation>
    </message>
    <message>
        <source>Camera on. Show a label to the camera.</source>
        <translation>Camera on. Show a label to the camera.</translation>
    </message>
    <message>
        <source>Camera stopped.</source>
        <translation>Camera stopped.</translation>
    </message>
    <message>
        <source>No camera picture.
{why}
You can still type codes or use a handheld scanner.</source>
        <translation>No camera picture.
{why}
You can still type codes or use a handheld scanner.</translation>
    </message>
    <message>
        <source>Saved: {rma}. Ready for the next parcel.</source>
        <translation>Saved: {rma}. Ready for the next parcel.</translation>
    </message>
    <message>
        <source>Label: {message}</source>
        <translation>Label: {message}</translation>
    </message>
    <message>
        <source>Label not printed: {message}</source>
        <translation>Label not printed: {message}</translation>
    </message>
    <message>
        <source>Token rejected</source>
        <translation>Token rejected</translation>
    </message>
    <message>
        <source>The server refused this bench&apos;s token, so nothing is being sent. Inspections are kept safely here.

Ask IT for a new station token and enter it in Settings → Server.</source>
        <translation>The server refused this bench&apos;s token, so nothing is being sent. Inspections are kept safely here.

Ask IT for a new station token and enter it in Settings → Server.</translation>
    </message>
    <message>
        <source>Settings need a lead or an admin: they sign in here first.</source>
        <translation>Settings need a lead or an admin: they sign in here first.</translation>
    </message>
    <message>
        <source>Close Return Inspector? This bench scans nothing until it is started again.</source>
        <translation>Close Return Inspector? This bench scans nothing until it is started again.</translation>
    </message>
</context>
<context>
    <name>MarkDialog</name>
    <message>
        <source>Drag on the photo to draw the chosen mark, or press A, C, R or T to put one at the yellow cross; the arrow keys move it, Shift+arrow keys stretch it.</source>
        <translation>Drag on the photo to draw the chosen mark, or press A, C, R or T to put one at the yellow cross; the arrow keys move it, Shift+arrow keys stretch it.</translation>
    </message>
    <message>
        <source>Short text, then Enter (Esc: no text)</source>
        <translation>Short text, then Enter (Esc: no text)</translation>
    </message>
    <message>
        <source>Arrow (A)</source>
        <translation>Arrow (A)</translation>
    </message>
    <message>
        <source>Circle (C)</source>
        <translation>Circle (C)</translation>
    </message>
    <message>
        <source>Rectangle (R)</source>
        <translation>Rectangle (R)</translation>
    </message>
    <message>
        <source>Text (T)</source>
        <translation>Text (T)</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Undo (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <source>Save as a new photo (Ctrl+S)</source>
        <translation>Save as a new photo (Ctrl+S)</translation>
    </message>
    <message>
        <source>The original photo is kept as it is</source>
        <translation>The original photo is kept as it is</translation>
    </message>
</context>
<context>
    <name>MessagePreview</name>
    <message>
        <source>Message to the customer</source>
        <translation>Message to the customer</translation>
    </message>
    <message>
        <source>Message language</source>
        <translation>Message language</translation>
    </message>
    <message>
        <source>Add one sentence of your own (optional)</source>
        <translation>Add one sentence of your own (optional)</translation>
    </message>
    <message>
        <source>Your sentence for the customer</source>
        <translation>Your sentence for the customer</translation>
    </message>
    <message>
        <source>Subject: {subject}</source>
        <translation>Subject: {subject}</translation>
    </message>
    <message>
        <source>{n} photo(s) attached (at most {limit})</source>
        <translation>{n} photo(s) attached (at most {limit})</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Write one sentence for the customer, on one line.</source>
        <translation>Write one sentence for the customer, on one line.</translation>
    </message>
    <message>
        <source>The sentence for the customer is longer than {limit} characters.</source>
        <translation>The sentence for the customer is longer than {limit} characters.</translation>
    </message>
    <message>
        <source>The sentence for the customer names something internal ({words}); write it as you would to the customer.</source>
        <translation>The sentence for the customer names something internal ({words}); write it as you would to the customer.</translation>
    </message>
</context>
<context>
    <name>NeedsAttention</name>
    <message>
        <source>A photo of this inspection is missing or damaged on this bench, and the server does not have it. If the parcel is still here, inspect it again (a correction); otherwise IT can export it with `inspector-app queue --export ID FILE` to keep a record.</source>
        <translation>A photo of this inspection is missing or damaged on this bench, and the server does not have it. If the parcel is still here, inspect it again (a correction); otherwise IT can export it with `inspector-app queue --export ID FILE` to keep a record.</translation>
    </message>
    <message>
        <source>This inspection was saved in a form this version of the app cannot send. IT can export it with `inspector-app queue --export ID FILE`. Then contact support; the parcel may need inspecting again.</source>
        <translation>This inspection was saved in a form this version of the app cannot send. IT can export it with `inspector-app queue --export ID FILE`. Then contact support; the parcel may need inspecting again.</translation>
    </message>
    <message>
        <source>This is a correction of an inspection that itself needs attention; it is sent once that one is resolved. Resolve the other entry first, then press Retry here.</source>
        <translation>This is a correction of an inspection that itself needs attention; it is sent once that one is resolved. Resolve the other entry first, then press Retry here.</translation>
    </message>
    <message>
        <source>The server refused this inspection and retrying will not change that. A shift lead should look at the reason below; IT can export it with `inspector-app queue --export ID FILE`.</source>
        <translation>The server refused this inspection and retrying will not change that. A shift lead should look at the reason below; IT can export it with `inspector-app queue --export ID FILE`.</translation>
    </message>
    <message>
        <source>The server holds a different inspection under the same ID. This should never happen; nothing was overwritten. IT can export it with `inspector-app queue --export ID FILE`. Then contact support.</source>
        <translation>The server holds a different inspection under the same ID. This should never happen; nothing was overwritten. IT can export it with `inspector-app queue --export ID FILE`. Then contact support.</translation>
    </message>
    <message>
        <source>This is a correction of an inspection the server does not have yet. It is retried once the original arrives: press Retry after the queue has drained.</source>
        <translation>This is a correction of an inspection the server does not have yet. It is retried once the original arrives: press Retry after the queue has drained.</translation>
    </message>
    <message>
        <source>The server says some photos of this inspection did not arrive, even after they were sent again. Press Retry; if it comes back, IT can export it with `inspector-app queue --export ID FILE`.</source>
        <translation>The server says some photos of this inspection did not arrive, even after they were sent again. Press Retry; if it comes back, IT can export it with `inspector-app queue --export ID FILE`.</translation>
    </message>
    <message>
        <source>The photos of this inspection are larger in total than the server accepts. IT can raise the server&apos;s per-inspection limit, then press Retry.</source>
        <translation>The photos of this inspection are larger in total than the server accepts. IT can raise the server&apos;s per-inspection limit, then press Retry.</translation>
    </message>
    <message>
        <source>The server says this bench&apos;s token belongs to another bench name than the one in its settings, so it refused to record this inspection under the wrong name. IT should set station.name to the token&apos;s bench (or give this bench its own token), then press Retry.</source>
        <translation>The server says this bench&apos;s token belongs to another bench name than the one in its settings, so it refused to record this inspection under the wrong name. IT should set station.name to the token&apos;s bench (or give this bench its own token), then press Retry.</translation>
    </message>
    <message>
        <source>The server does not know the person who made this inspection. IT should register their badge on the server (inspector-server add-user), then press Retry.</source>
        <translation>The server does not know the person who made this inspection. IT should register their badge on the server (inspector-server add-user), then press Retry.</translation>
    </message>
    <message>
        <source>The person who made this inspection has been deactivated on the server, which no longer accepts their work. A shift lead decides: re-inspect the parcel, or have IT reactivate the person and press Retry. IT can export it with `inspector-app queue --export ID FILE`.</source>
        <translation>The person who made this inspection has been deactivated on the server, which no longer accepts their work. A shift lead decides: re-inspect the parcel, or have IT reactivate the person and press Retry. IT can export it with `inspector-app queue --export ID FILE`.</translation>
    </message>
    <message>
        <source>Another final inspection of this return is already on the server (from another bench or an earlier one). A shift lead should compare the two: if this one is right, press Correct (the lead authorises it here, and the correction starts from this inspection&apos;s answers); if not, dismiss this entry with a reason (it stays on this bench, unsent). IT can export it with `inspector-app queue --export ID FILE`.</source>
        <translation>Another final inspection of this return is already on the server (from another bench or an earlier one). A shift lead should compare the two: if this one is right, press Correct (the lead authorises it here, and the correction starts from this inspection&apos;s answers); if not, dismiss this entry with a reason (it stays on this bench, unsent). IT can export it with `inspector-app queue --export ID FILE`.</translation>
    </message>
    <message>
        <source>This correction replaces a verdict made at another bench or more than a day ago, which needs a shift lead. Press Correct: a lead authorises it at this bench, and it is sent again.</source>
        <translation>This correction replaces a verdict made at another bench or more than a day ago, which needs a shift lead. Press Correct: a lead authorises it at this bench, and it is sent again.</translation>
    </message>
    <message>
        <source>The server refused the refund amount: it does not fit the price the customer paid. Inspect the parcel again as a correction with the right amount. IT can export it with `inspector-app queue --export ID FILE`.</source>
        <translation>The server refused the refund amount: it does not fit the price the customer paid. Inspect the parcel again as a correction with the right amount. IT can export it with `inspector-app queue --export ID FILE`.</translation>
    </message>
    <message>
        <source>The server does not know this return, so it cannot check the refund. IT should import the return on the server, then press Retry.</source>
        <translation>The server does not know this return, so it cannot check the refund. IT should import the return on the server, then press Retry.</translation>
    </message>
    <message>
        <source>The server did not accept the content of this inspection; the bench and the server probably run different versions. IT should update them to match, then press Retry.</source>
        <translation>The server did not accept the content of this inspection; the bench and the server probably run different versions. IT should update them to match, then press Retry.</translation>
    </message>
    <message>
        <source>The server could not read what the bench sent (a photo or the inspection may be damaged on this bench). Press Retry once; if it comes back, IT can export it with `inspector-app queue --export ID FILE`.</source>
        <translation>The server could not read what the bench sent (a photo or the inspection may be damaged on this bench). Press Retry once; if it comes back, IT can export it with `inspector-app queue --export ID FILE`.</translation>
    </message>
    <message>
        <source>The server does not know something this inspection refers to. A shift lead should check the return exists on the server, then press Retry.</source>
        <translation>The server does not know something this inspection refers to. A shift lead should check the return exists on the server, then press Retry.</translation>
    </message>
    <message>
        <source>The server already holds a conflicting inspection for this parcel. A shift lead should compare them and, if needed, inspect the parcel again as a correction. IT can export it with `inspector-app queue --export ID FILE`.</source>
        <translation>The server already holds a conflicting inspection for this parcel. A shift lead should compare them and, if needed, inspect the parcel again as a correction. IT can export it with `inspector-app queue --export ID FILE`.</translation>
    </message>
    <message>
        <source>A photo or the inspection is larger than the server accepts. IT can raise the server&apos;s limit, then press Retry.</source>
        <translation>A photo or the inspection is larger than the server accepts. IT can raise the server&apos;s limit, then press Retry.</translation>
    </message>
    <message>
        <source>The server refused a photo&apos;s format. IT should check the bench&apos;s camera settings; IT can export it with `inspector-app queue --export ID FILE`.</source>
        <translation>The server refused a photo&apos;s format. IT should check the bench&apos;s camera settings; IT can export it with `inspector-app queue --export ID FILE`.</translation>
    </message>
    <message>
        <source>The server did not accept this inspection&apos;s content. IT should check the bench and server versions match, then press Retry.</source>
        <translation>The server did not accept this inspection&apos;s content. IT should check the bench and server versions match, then press Retry.</translation>
    </message>
</context>
<context>
    <name>NumberItem</name>
    <message>
        <source>“{text}” is not a number.</source>
        <translation>“{text}” is not a number.</translation>
    </message>
</context>
<context>
    <name>Outbound</name>
    <message>
        <source>Dry run: sending to the marketplace is off, so this is shown, not sent.</source>
        <translation>Dry run: sending to the marketplace is off, so this is shown, not sent.</translation>
    </message>
    <message>
        <source>Waiting for a lead&apos;s approval: {reasons}</source>
        <translation>Waiting for a lead&apos;s approval: {reasons}</translation>
    </message>
    <message>
        <source>Waiting for {missing}.</source>
        <translation>Waiting for {missing}.</translation>
    </message>
    <message>
        <source>the bench&apos;s copy of the message, which names the photos to attach</source>
        <translation>the bench&apos;s copy of the message, which names the photos to attach</translation>
    </message>
    <message>
        <source>the tracking number of the parcel going back</source>
        <translation>the tracking number of the parcel going back</translation>
    </message>
    <message>
        <source>the carrier&apos;s name (send_back_carrier in marketplace.toml)</source>
        <translation>the carrier&apos;s name (send_back_carrier in marketplace.toml)</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} and {second}</translation>
    </message>
    <message>
        <source>Waits for the customer&apos;s earlier message to go first: {what}</source>
        <translation>Waits for the customer&apos;s earlier message to go first: {what}</translation>
    </message>
    <message>
        <source>the parcel-received message, not sent yet.</source>
        <translation>the parcel-received message, not sent yet.</translation>
    </message>
    <message>
        <source>the parcel-received message (not queued yet).</source>
        <translation>the parcel-received message (not queued yet).</translation>
    </message>
    <message>
        <source>the decision, whose verdict is not planned yet.</source>
        <translation>the decision, whose verdict is not planned yet.</translation>
    </message>
    <message>
        <source>the decision, whose plan {plan} was rejected: a corrected verdict&apos;s decision goes first (send this one, or cancel it, if the verdict stays rejected).</source>
        <translation>the decision, whose plan {plan} was rejected: a corrected verdict&apos;s decision goes first (send this one, or cancel it, if the verdict stays rejected).</translation>
    </message>
    <message>
        <source>the decision of plan {plan}, not sent yet.</source>
        <translation>the decision of plan {plan}, not sent yet.</translation>
    </message>
    <message>
        <source>Rejected by {who}: {why}</source>
        <translation>Rejected by {who}: {why}</translation>
    </message>
    <message>
        <source>Cancelled by {who}: {why}</source>
        <translation>Cancelled by {who}: {why}</translation>
    </message>
    <message>
        <source>Sent again by {who}.</source>
        <translation>Sent again by {who}.</translation>
    </message>
    <message>
        <source>The refund was changed from {before} to {after} by {who}; this message quoted {before}, so it is not sent.</source>
        <translation>The refund was changed from {before} to {after} by {who}; this message quoted {before}, so it is not sent.</translation>
    </message>
    <message>
        <source>The sender stopped before the answer was recorded; the folder is read back.</source>
        <translation>The sender stopped before the answer was recorded; the folder is read back.</translation>
    </message>
    <message>
        <source>The verdict was corrected (inspection {inspection}); its own plan replaces this.</source>
        <translation>The verdict was corrected (inspection {inspection}); its own plan replaces this.</translation>
    </message>
    <message>
        <source>The marketplace took it; its folder is read back to confirm.</source>
        <translation>The marketplace took it; its folder is read back to confirm.</translation>
    </message>
    <message>
        <source>The marketplace took it.</source>
        <translation>The marketplace took it.</translation>
    </message>
    <message>
        <source>{what} {left_out}</source>
        <translation>{what} {left_out}</translation>
    </message>
    <message>
        <source>The marketplace already has an item transfer with this tracking number.</source>
        <translation>The marketplace already has an item transfer with this tracking number.</translation>
    </message>
    <message>
        <source>The marketplace already shows the orderline refunded (state {state}).</source>
        <translation>The marketplace already shows the orderline refunded (state {state}).</translation>
    </message>
    <message>
        <source>Its folder could not be read back ({error}); tried again later.</source>
        <translation>Its folder could not be read back ({error}); tried again later.</translation>
    </message>
    <message>
        <source>Its outcome is unknown, and a problem report on a folder below 100,000,000 carries no text to recognise it by. Check the folder in the back office, then retry or cancel this action.</source>
        <translation>Its outcome is unknown, and a problem report on a folder below 100,000,000 carries no text to recognise it by. Check the folder in the back office, then retry or cancel this action.</translation>
    </message>
    <message>
        <source>{attempts} attempts got no answer and the folder does not show it. Check the folder in the back office, then retry or cancel this action.</source>
        <translation>{attempts} attempts got no answer and the folder does not show it. Check the folder in the back office, then retry or cancel this action.</translation>
    </message>
    <message>
        <source>Item transfers do not show on a folder: sent again (Back Market refuses a tracking number it already has, which confirms it).</source>
        <translation>Item transfers do not show on a folder: sent again (Back Market refuses a tracking number it already has, which confirms it).</translation>
    </message>
    <message>
        <source>Not sent: the photo store could not be read ({error}); tried again later.</source>
        <translation>Not sent: the photo store could not be read ({error}); tried again later.</translation>
    </message>
    <message>
        <source>Sent, but no answer settles whether it took effect ({error}); the folder is read back.</source>
        <translation>Sent, but no answer settles whether it took effect ({error}); the folder is read back.</translation>
    </message>
    <message>
        <source>Not sent: {error}</source>
        <translation>Not sent: {error}</translation>
    </message>
    <message>
        <source>Held back by the marketplace&apos;s limits until {until} UTC: {error}</source>
        <translation>Held back by the marketplace&apos;s limits until {until} UTC: {error}</translation>
    </message>
    <message>
        <source>The Care folder names no orderline: nothing can be refunded.</source>
        <translation>The Care folder names no orderline: nothing can be refunded.</translation>
    </message>
    <message>
        <source>The orderline is in state {state}, which takes no refund through the marketplace&apos;s API (it must be paid, accepted or shipped).</source>
        <translation>The orderline is in state {state}, which takes no refund through the marketplace&apos;s API (it must be paid, accepted or shipped).</translation>
    </message>
    <message>
        <source>The refund of {amount} is not more than zero and at most the price paid ({price}); nothing was sent.</source>
        <translation>The refund of {amount} is not more than zero and at most the price paid ({price}); nothing was sent.</translation>
    </message>
    <message>
        <source>A partial refund needs the orderline shipped (state 3); it is in state {state}.</source>
        <translation>A partial refund needs the orderline shipped (state 3); it is in state {state}.</translation>
    </message>
    <message>
        <source>This orderline&apos;s refund belongs to action {action}; an orderline is refunded once, ever. Cancel this action (or retry that one).</source>
        <translation>This orderline&apos;s refund belongs to action {action}; an orderline is refunded once, ever. Cancel this action (or retry that one).</translation>
    </message>
    <message>
        <source>The marketplace shows it.</source>
        <translation>The marketplace shows it.</translation>
    </message>
    <message>
        <source>Sent; the folder did not show it yet when read back.</source>
        <translation>Sent; the folder did not show it yet when read back.</translation>
    </message>
    <message>
        <source>The folder does not show it, so it did not take effect: sent again.</source>
        <translation>The folder does not show it, so it did not take effect: sent again.</translation>
    </message>
    <message>
        <source>The marketplace refused it. Read its message, fix what it names, then retry the action, or cancel it and act in the back office.</source>
        <translation>The marketplace refused it. Read its message, fix what it names, then retry the action, or cancel it and act in the back office.</translation>
    </message>
    <message>
        <source>The marketplace refused it (HTTP {status}). Read its message, fix what it names, then retry the action, or cancel it and act in the back office.</source>
        <translation>The marketplace refused it (HTTP {status}). Read its message, fix what it names, then retry the action, or cancel it and act in the back office.</translation>
    </message>
    <message>
        <source>No item transfer: Back Market takes none on Care folders from 100,000,000 on; the customer&apos;s message carries the tracking number.</source>
        <translation>No item transfer: Back Market takes none on Care folders from 100,000,000 on; the customer&apos;s message carries the tracking number.</translation>
    </message>
    <message>
        <source>refund of {amount} above {limit}</source>
        <translation>refund of {amount} above {limit}</translation>
    </message>
    <message>
        <source>partial refund</source>
        <translation>partial refund</translation>
    </message>
    <message>
        <source>refusal</source>
        <translation>refusal</translation>
    </message>
    <message>
        <source>the inspector overrode the checklist&apos;s proposal</source>
        <translation>the inspector overrode the checklist&apos;s proposal</translation>
    </message>
    <message>
        <source>{what} (proposed: {proposed})</source>
        <translation>{what} (proposed: {proposed})</translation>
    </message>
    <message>
        <source>the server did not establish who made this verdict (it was stored before benches and inspectors were checked against their credentials)</source>
        <translation>the server did not establish who made this verdict (it was stored before benches and inspectors were checked against their credentials)</translation>
    </message>
    <message>
        <source>Refund of {amount}</source>
        <translation>Refund of {amount}</translation>
    </message>
    <message>
        <source>Problem report {problem_type}</source>
        <translation>Problem report {problem_type}</translation>
    </message>
    <message>
        <source>Item transfer {action}</source>
        <translation>Item transfer {action}</translation>
    </message>
    <message>
        <source>Message to the customer: {step}</source>
        <translation>Message to the customer: {step}</translation>
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
        <translation>parcel received</translation>
    </message>
    <message>
        <source>the decision</source>
        <translation>the decision</translation>
    </message>
    <message>
        <source>refund sent</source>
        <translation>refund sent</translation>
    </message>
    <message>
        <source>sent back</source>
        <translation>sent back</translation>
    </message>
    <message>
        <source>Care folder closed</source>
        <translation>Care folder closed</translation>
    </message>
    <message>
        <source>Care folder closed on {day}</source>
        <translation>Care folder closed on {day}</translation>
    </message>
    <message>
        <source>Nothing to send</source>
        <translation>Nothing to send</translation>
    </message>
    <message>
        <source>{what} failed: {why}</source>
        <translation>{what} failed: {why}</translation>
    </message>
    <message>
        <source>{what} failed: {why} The marketplace said: {said}</source>
        <translation>{what} failed: {why} The marketplace said: {said}</translation>
    </message>
    <message>
        <source>{what}: waiting for approval ({reasons})</source>
        <translation>{what}: waiting for approval ({reasons})</translation>
    </message>
    <message>
        <source>{what}: planned</source>
        <translation>{what}: planned</translation>
    </message>
    <message>
        <source>{what}: planned (held back: {why})</source>
        <translation>{what}: planned (held back: {why})</translation>
    </message>
    <message>
        <source>{what}: planned (dry run)</source>
        <translation>{what}: planned (dry run)</translation>
    </message>
    <message>
        <source>{what}: sent</source>
        <translation>{what}: sent</translation>
    </message>
    <message>
        <source>{what}: confirmed</source>
        <translation>{what}: confirmed</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>This bench has no server: its admin manages who signs in here. When it joins a server, the server&apos;s list replaces this one.</source>
        <translation>This bench has no server: its admin manages who signs in here. When it joins a server, the server&apos;s list replaces this one.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>&amp;Badge</source>
        <translation>&amp;Badge</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>R&amp;ole</source>
        <translation>R&amp;ole</translation>
    </message>
    <message>
        <source>New &amp;PIN</source>
        <translation>New &amp;PIN</translation>
    </message>
    <message>
        <source>&amp;Add person</source>
        <translation>&amp;Add person</translation>
    </message>
    <message>
        <source>&amp;Reset PIN of selected</source>
        <translation>&amp;Reset PIN of selected</translation>
    </message>
    <message>
        <source>&amp;Deactivate selected</source>
        <translation>&amp;Deactivate selected</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>deactivated</translation>
    </message>
    <message>
        <source>{name} ({badge}) added.</source>
        <translation>{name} ({badge}) added.</translation>
    </message>
    <message>
        <source>New PIN set for {badge}.</source>
        <translation>New PIN set for {badge}.</translation>
    </message>
    <message>
        <source>{badge} can no longer sign in.</source>
        <translation>{badge} can no longer sign in.</translation>
    </message>
</context>
<context>
    <name>PhotoCaptureDialog</name>
    <message>
        <source>Frame the item, then press Space or “Take photo”.</source>
        <translation>Frame the item, then press Space or “Take photo”.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Import from file… (Ctrl+O)</source>
        <translation>&amp;Import from file… (Ctrl+O)</translation>
    </message>
    <message>
        <source>When the camera cannot take it: a picture saved on this computer</source>
        <translation>When the camera cannot take it: a picture saved on this computer</translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation>Take photo</translation>
    </message>
    <message>
        <source>Photo {n} of {total}: frame the item, then press Space or “Take photo”.</source>
        <translation>Photo {n} of {total}: frame the item, then press Space or “Take photo”.</translation>
    </message>
    <message>
        <source>Taking the photo…</source>
        <translation>Taking the photo…</translation>
    </message>
    <message>
        <source>Import a photo</source>
        <translation>Import a photo</translation>
    </message>
    <message>
        <source>Pictures ({patterns})</source>
        <translation>Pictures ({patterns})</translation>
    </message>
    <message>
        <source>No photo: {why} Try again, or import a picture from a file (Ctrl+O).</source>
        <translation>No photo: {why} Try again, or import a picture from a file (Ctrl+O).</translation>
    </message>
</context>
<context>
    <name>PhotoFlow</name>
    <message>
        <source>Photo: {label}</source>
        <translation>Photo: {label}</translation>
    </message>
    <message>
        <source>This photo cannot be shown</source>
        <translation>This photo cannot be shown</translation>
    </message>
    <message>
        <source>Mark the defect: {label}</source>
        <translation>Mark the defect: {label}</translation>
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
        <translation>◀ Previous</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <source>&amp;Mark the defect (M)</source>
        <translation>&amp;Mark the defect (M)</translation>
    </message>
    <message>
        <source>M: draw an arrow, a circle, a rectangle or a short text on this photo; saved as a new photo, this one kept as it is</source>
        <translation>M: draw an arrow, a circle, a rectangle or a short text on this photo; saved as a new photo, this one kept as it is</translation>
    </message>
    <message>
        <source>Retake</source>
        <translation>Retake</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>This photo cannot be shown: its file holds no picture. Delete it, or retake it.</source>
        <translation>This photo cannot be shown: its file holds no picture. Delete it, or retake it.</translation>
    </message>
    <message>
        <source>Photo {n} of {total}</source>
        <translation>Photo {n} of {total}</translation>
    </message>
    <message>
        <source>Photo {n} of {total} · {w}×{h}</source>
        <translation>Photo {n} of {total} · {w}×{h}</translation>
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
        <translation>Erase the last digit</translation>
    </message>
</context>
<context>
    <name>PrinterSettingsPage</name>
    <message>
        <source>Intake label</source>
        <translation>Intake label</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>Printer on this computer</source>
        <translation>Printer on this computer</translation>
    </message>
    <message>
        <source>Label printer on the network (ZPL)</source>
        <translation>Label printer on the network (ZPL)</translation>
    </message>
    <message>
        <source>Default printer</source>
        <translation>Default printer</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>Labels are saved in {folder}</source>
        <translation>Labels are saved in {folder}</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>Test print</translation>
    </message>
    <message>
        <source>Print to</source>
        <translation>Print to</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>Customer messages</source>
        <translation>Customer messages</translation>
    </message>
    <message>
        <source>published on the server</source>
        <translation>published on the server</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>shipped</translation>
    </message>
    <message>
        <source>Templates are published by an administrator on the server; the preview uses example data.</source>
        <translation>Templates are published by an administrator on the server; the preview uses example data.</translation>
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
        <translation>Order</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>IMEI / serial</source>
        <translation>IMEI / serial</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Return requested</source>
        <translation>Return requested</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Inspected</source>
        <translation>Inspected</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Found in</translation>
    </message>
    <message>
        <source>Back to scanning</source>
        <translation>Back to scanning</translation>
    </message>
    <message>
        <source>&amp;Correct this inspection</source>
        <translation>&amp;Correct this inspection</translation>
    </message>
    <message>
        <source>Inspect again as a correction that replaces the verdict (Alt+C); a shift lead authorises it when the verdict is another bench&apos;s or more than a day old</source>
        <translation>Inspect again as a correction that replaces the verdict (Alt+C); a shift lead authorises it when the verdict is another bench&apos;s or more than a day old</translation>
    </message>
    <message>
        <source>Start inspection</source>
        <translation>Start inspection</translation>
    </message>
</context>
<context>
    <name>ReturnCardPage</name>
    <message>
        <source>New parcel seen: {parcel}. Enter: switch to it. S: start inspecting this one.</source>
        <translation>New parcel seen: {parcel}. Enter: switch to it. S: start inspecting this one.</translation>
    </message>
    <message>
        <source>the server (this bench&apos;s list did not have it)</source>
        <translation>the server (this bench&apos;s list did not have it)</translation>
    </message>
    <message>
        <source>this bench&apos;s list of returns</source>
        <translation>this bench&apos;s list of returns</translation>
    </message>
    <message>
        <source>not on the order</source>
        <translation>not on the order</translation>
    </message>
    <message>
        <source>Eligible: {reason}</source>
        <translation>Eligible: {reason}</translation>
    </message>
    <message>
        <source>Not eligible: {reason}</source>
        <translation>Not eligible: {reason}</translation>
    </message>
    <message>
        <source>Back Market: {status}</source>
        <translation>Back Market: {status}</translation>
    </message>
    <message>
        <source>Start inspection</source>
        <translation>Start inspection</translation>
    </message>
    <message>
        <source>Inspect anyway</source>
        <translation>Inspect anyway</translation>
    </message>
    <message>
        <source>at another bench: the server holds the verdict</source>
        <translation>at another bench: the server holds the verdict</translation>
    </message>
    <message>
        <source>by {who} on {when}</source>
        <translation>by {who} on {when}</translation>
    </message>
    <message>
        <source>(started by {who})</source>
        <translation>(started by {who})</translation>
    </message>
    <message>
        <source>correcting it needs a shift lead</source>
        <translation>correcting it needs a shift lead</translation>
    </message>
</context>
<context>
    <name>ScanBridge</name>
    <message>
        <source>No camera is running.</source>
        <translation>No camera is running.</translation>
    </message>
</context>
<context>
    <name>ScanPage</name>
    <message>
        <source>Starting the camera…</source>
        <translation>Starting the camera…</translation>
    </message>
    <message>
        <source>Scan a parcel</source>
        <translation>Scan a parcel</translation>
    </message>
    <message>
        <source>Receiving (F7)</source>
        <translation>Receiving (F7)</translation>
    </message>
    <message>
        <source>Receive parcels: each scan puts a parcel on the shelf without inspecting it</source>
        <translation>Receive parcels: each scan puts a parcel on the shelf without inspecting it</translation>
    </message>
    <message>
        <source>Receiving: scan each parcel to shelve it; Esc to stop.</source>
        <translation>Receiving: scan each parcel to shelve it; Esc to stop.</translation>
    </message>
    <message>
        <source>Show the label to the camera, use the handheld scanner, or type any code from the parcel: tracking number, RMA, order number, IMEI or serial.</source>
        <translation>Show the label to the camera, use the handheld scanner, or type any code from the parcel: tracking number, RMA, order number, IMEI or serial.</translation>
    </message>
    <message>
        <source>Type a code, press Enter</source>
        <translation>Type a code, press Enter</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>Look up</translation>
    </message>
    <message>
        <source>Resume the unfinished inspection</source>
        <translation>Resume the unfinished inspection</translation>
    </message>
    <message>
        <source>Last scans</source>
        <translation>Last scans</translation>
    </message>
    <message>
        <source>Stop receiving (Esc)</source>
        <translation>Stop receiving (Esc)</translation>
    </message>
    <message>
        <source>Receive parcels</source>
        <translation>Receive parcels</translation>
    </message>
    <message>
        <source>Each parcel scanned is recorded as received and goes on the shelf, waiting for its inspection. No checklist opens.</source>
        <translation>Each parcel scanned is recorded as received and goes on the shelf, waiting for its inspection. No checklist opens.</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Receive</translation>
    </message>
</context>
<context>
    <name>ScoreDialog</name>
    <message>
        <source>Training score</source>
        <translation>Training score</translation>
    </message>
    <message>
        <source>{perfect} of {total} parcels without a fault, {done} finalized, {time} in all.</source>
        <translation>{perfect} of {total} parcels without a fault, {done} finalized, {time} in all.</translation>
    </message>
    <message>
        <source>&amp;Close training</source>
        <translation>&amp;Close training</translation>
    </message>
    <message>
        <source>&amp;Keep practising</source>
        <translation>&amp;Keep practising</translation>
    </message>
    <message>
        <source>&lt;b&gt;{rma}&lt;/b&gt;: not finalized.</source>
        <translation>&lt;b&gt;{rma}&lt;/b&gt;: not finalized.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{rma}&lt;/b&gt;: {time}. Missed: {missed}. Wrong: {wrong}.</source>
        <translation>&lt;b&gt;{rma}&lt;/b&gt;: {time}. Missed: {missed}. Wrong: {wrong}.</translation>
    </message>
    <message>
        <source>the outcome</source>
        <translation>the outcome</translation>
    </message>
    <message>
        <source>the grade</source>
        <translation>the grade</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
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
        <translation>Scan the tracking number of the parcel going back to the customer.</translation>
    </message>
    <message>
        <source>{code} is too short for a carrier tracking number.</source>
        <translation>{code} is too short for a carrier tracking number.</translation>
    </message>
    <message>
        <source>That is the tracking number of the customer&apos;s return parcel; scan the label of the parcel going back.</source>
        <translation>That is the tracking number of the customer&apos;s return parcel; scan the label of the parcel going back.</translation>
    </message>
    <message>
        <source>That is {what}, not a tracking number; scan the carrier label of the parcel going back.</source>
        <translation>That is {what}, not a tracking number; scan the carrier label of the parcel going back.</translation>
    </message>
    <message>
        <source>Only a refused return is sent back; clear the tracking number.</source>
        <translation>Only a refused return is sent back; clear the tracking number.</translation>
    </message>
    <message>
        <source>This is not a tracking number: {problem}</source>
        <translation>This is not a tracking number: {problem}</translation>
    </message>
    <message>
        <source>the RMA</source>
        <translation>the RMA</translation>
    </message>
    <message>
        <source>the order number</source>
        <translation>the order number</translation>
    </message>
    <message>
        <source>the return id</source>
        <translation>the return id</translation>
    </message>
    <message>
        <source>the device&apos;s IMEI</source>
        <translation>the device&apos;s IMEI</translation>
    </message>
    <message>
        <source>the device&apos;s serial</source>
        <translation>the device&apos;s serial</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Server URL</source>
        <translation>Server URL</translation>
    </message>
    <message>
        <source>Base URL of the central server, e.g. https://returns.example.com; empty runs the bench standalone.</source>
        <translation>Base URL of the central server, e.g. https://returns.example.com; empty runs the bench standalone.</translation>
    </message>
    <message>
        <source>Station token</source>
        <translation>Station token</translation>
    </message>
    <message>
        <source>Issued by `inspector-server add-station`.</source>
        <translation>Issued by `inspector-server add-station`.</translation>
    </message>
    <message>
        <source>Verify TLS certificates</source>
        <translation>Verify TLS certificates</translation>
    </message>
    <message>
        <source>Turn off only for a lab server; never in production.</source>
        <translation>Turn off only for a lab server; never in production.</translation>
    </message>
    <message>
        <source>CA bundle</source>
        <translation>CA bundle</translation>
    </message>
    <message>
        <source>PEM file of a private certificate authority.</source>
        <translation>PEM file of a private certificate authority.</translation>
    </message>
    <message>
        <source>HTTP proxy</source>
        <translation>HTTP proxy</translation>
    </message>
    <message>
        <source>e.g. http://proxy.example:3128</source>
        <translation>e.g. http://proxy.example:3128</translation>
    </message>
    <message>
        <source>Network timeout (s)</source>
        <translation>Network timeout (s)</translation>
    </message>
    <message>
        <source>Station name</source>
        <translation>Station name</translation>
    </message>
    <message>
        <source>Shown to leads; one per bench.</source>
        <translation>Shown to leads; one per bench.</translation>
    </message>
    <message>
        <source>Badge sign-in also needs the PIN</source>
        <translation>Badge sign-in also needs the PIN</translation>
    </message>
    <message>
        <source>Leads and admins always type their PIN after scanning their badge.</source>
        <translation>Leads and admins always type their PIN after scanning their badge.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>ISO code for public holidays.</source>
        <translation>ISO code for public holidays.</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>Device index (0, 1, ...), a video or image file, or an rtsp:// or http:// URL.</source>
        <translation>Device index (0, 1, ...), a video or image file, or an rtsp:// or http:// URL.</translation>
    </message>
    <message>
        <source>Camera width</source>
        <translation>Camera width</translation>
    </message>
    <message>
        <source>Camera height</source>
        <translation>Camera height</translation>
    </message>
    <message>
        <source>Camera frame rate</source>
        <translation>Camera frame rate</translation>
    </message>
    <message>
        <source>Photo camera</source>
        <translation>Photo camera</translation>
    </message>
    <message>
        <source>A second camera for photos; empty uses the scanning camera.</source>
        <translation>A second camera for photos; empty uses the scanning camera.</translation>
    </message>
    <message>
        <source>Barcode formats</source>
        <translation>Barcode formats</translation>
    </message>
    <message>
        <source>Ignore a repeated code for (s)</source>
        <translation>Ignore a repeated code for (s)</translation>
    </message>
    <message>
        <source>JPEG quality</source>
        <translation>JPEG quality</translation>
    </message>
    <message>
        <source>Photo long edge (px)</source>
        <translation>Photo long edge (px)</translation>
    </message>
    <message>
        <source>Sounds</source>
        <translation>Sounds</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Sign out after idle (min)</source>
        <translation>Sign out after idle (min)</translation>
    </message>
    <message>
        <source>Kiosk mode</source>
        <translation>Kiosk mode</translation>
    </message>
    <message>
        <source>Full screen that cannot be closed; Settings and Quit only while a lead or an admin is signed in; an on-screen PIN pad and touch-sized buttons. Set it in the machine file; it takes effect at the next start.</source>
        <translation>Full screen that cannot be closed; Settings and Quit only while a lead or an admin is signed in; an on-screen PIN pad and touch-sized buttons. Set it in the machine file; it takes effect at the next start.</translation>
    </message>
    <message>
        <source>Training button on the sign-in page</source>
        <translation>Training button on the sign-in page</translation>
    </message>
    <message>
        <source>Opens a practice sandbox (demo returns, nothing sent or printed) in a window of its own; `inspector-app training` opens it too.</source>
        <translation>Opens a practice sandbox (demo returns, nothing sent or printed) in a window of its own; `inspector-app training` opens it too.</translation>
    </message>
    <message>
        <source>Sync every (s)</source>
        <translation>Sync every (s)</translation>
    </message>
    <message>
        <source>Keep sent inspections, photos and cached returns (days)</source>
        <translation>Keep sent inspections, photos and cached returns (days)</translation>
    </message>
    <message>
        <source>Withdrawal window (days)</source>
        <translation>Withdrawal window (days)</translation>
    </message>
    <message>
        <source>Warranty (months)</source>
        <translation>Warranty (months)</translation>
    </message>
    <message>
        <source>Transit damage report (business days)</source>
        <translation>Transit damage report (business days)</translation>
    </message>
    <message>
        <source>Print an intake label at finalize</source>
        <translation>Print an intake label at finalize</translation>
    </message>
    <message>
        <source>Label printer</source>
        <translation>Label printer</translation>
    </message>
    <message>
        <source>`pdf`, `system:&lt;printer name&gt;` or `zpl:&lt;host&gt;:&lt;port&gt;`.</source>
        <translation>`pdf`, `system:&lt;printer name&gt;` or `zpl:&lt;host&gt;:&lt;port&gt;`.</translation>
    </message>
    <message>
        <source>Label size</source>
        <translation>Label size</translation>
    </message>
    <message>
        <source>Settings only IT may change</source>
        <translation>Settings only IT may change</translation>
    </message>
    <message>
        <source>Read from the machine file only: these keys keep its value whatever the user file or the settings dialog says.</source>
        <translation>Read from the machine file only: these keys keep its value whatever the user file or the settings dialog says.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Station settings</source>
        <translation>Station settings</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>Scanning</source>
        <translation>Scanning</translation>
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
        <translation>Sync</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Retention</translation>
    </message>
    <message>
        <source>Returns policy</source>
        <translation>Returns policy</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Only the display preferences can be changed now: a lead or an admin signs in to change the rest.</source>
        <translation>Only the display preferences can be changed now: a lead or an admin signs in to change the rest.</translation>
    </message>
    <message>
        <source>Locked by IT (machine configuration).</source>
        <translation>Locked by IT (machine configuration).</translation>
    </message>
    <message>
        <source>Set by {source}.</source>
        <translation>Set by {source}.</translation>
    </message>
    <message>
        <source>IT (machine configuration)</source>
        <translation>IT (machine configuration)</translation>
    </message>
    <message>
        <source>an environment variable</source>
        <translation>an environment variable</translation>
    </message>
    <message>
        <source>the command line</source>
        <translation>the command line</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>Type the station token again to test another server.</source>
        <translation>Type the station token again to test another server.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Show camera preview</source>
        <translation>Show camera preview</translation>
    </message>
    <message>
        <source>Stop camera preview</source>
        <translation>Stop camera preview</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Scan your badge to sign in</source>
        <translation>Scan your badge to sign in</translation>
    </message>
    <message>
        <source>Hold your badge under the camera or scan it with the handheld scanner. Or choose your name and type your PIN.</source>
        <translation>Hold your badge under the camera or scan it with the handheld scanner. Or choose your name and type your PIN.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>No inspectors are known at this bench yet. Check the server connection in Settings, then try again.</source>
        <translation>No inspectors are known at this bench yet. Check the server connection in Settings, then try again.</translation>
    </message>
    <message>
        <source>Getting the list of people from the server…</source>
        <translation>Getting the list of people from the server…</translation>
    </message>
    <message>
        <source>Badge recognised: type your PIN to sign in.</source>
        <translation>Badge recognised: type your PIN to sign in.</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;Training</translation>
    </message>
    <message>
        <source>Practise on demo parcels in a window of its own: nothing is sent or printed</source>
        <translation>Practise on demo parcels in a window of its own: nothing is sent or printed</translation>
    </message>
    <message>
        <source>Type your PIN, or scan your badge.</source>
        <translation>Type your PIN, or scan your badge.</translation>
    </message>
</context>
<context>
    <name>Station</name>
    <message>
        <source>Already inspected.</source>
        <translation>Already inspected.</translation>
    </message>
    <message>
        <source>Badge {badge} is already someone&apos;s on this bench.</source>
        <translation>Badge {badge} is already someone&apos;s on this bench.</translation>
    </message>
    <message>
        <source>This is the bench&apos;s last admin: add another admin first.</source>
        <translation>This is the bench&apos;s last admin: add another admin first.</translation>
    </message>
    <message>
        <source>This bench takes its people from the server: add them or change their PIN there (inspector-server add-user).</source>
        <translation>This bench takes its people from the server: add them or change their PIN there (inspector-server add-user).</translation>
    </message>
    <message>
        <source>A lead&apos;s PIN is checked by the server, which cannot be reached now ({why}).</source>
        <translation>A lead&apos;s PIN is checked by the server, which cannot be reached now ({why}).</translation>
    </message>
    <message>
        <source>No lead is signed in at this bench.</source>
        <translation>No lead is signed in at this bench.</translation>
    </message>
    <message>
        <source>The server refused the correction: {why}</source>
        <translation>The server refused the correction: {why}</translation>
    </message>
    <message>
        <source>A lead&apos;s authorisation comes from the server, which cannot be reached now ({why}). Try again when it is back; nothing was changed.</source>
        <translation>A lead&apos;s authorisation comes from the server, which cannot be reached now ({why}). Try again when it is back; nothing was changed.</translation>
    </message>
    <message>
        <source>Return {return_id} has no verdict to correct.</source>
        <translation>Return {return_id} has no verdict to correct.</translation>
    </message>
    <message>
        <source>Correcting this verdict needs a shift lead: it was made at another bench, more than a day ago, or the server refused it.</source>
        <translation>Correcting this verdict needs a shift lead: it was made at another bench, more than a day ago, or the server refused it.</translation>
    </message>
    <message>
        <source>This authorisation is for another return.</source>
        <translation>This authorisation is for another return.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {why}.</source>
        <translation>Cannot write {path}: {why}.</translation>
    </message>
    <message>
        <source>“{label}” does not apply given the answers above it.</source>
        <translation>“{label}” does not apply given the answers above it.</translation>
    </message>
    <message>
        <source>A photo must be a JPEG or PNG image.</source>
        <translation>A photo must be a JPEG or PNG image.</translation>
    </message>
    <message>
        <source>A photo may be at most {megabytes} MB.</source>
        <translation>A photo may be at most {megabytes} MB.</translation>
    </message>
    <message>
        <source>No return found for {codes}. Check the code, or import or sync the returns list.</source>
        <translation>No return found for {codes}. Check the code, or import or sync the returns list.</translation>
    </message>
    <message>
        <source>No return found for {codes}, here or on the server. Check the code.</source>
        <translation>No return found for {codes}, here or on the server. Check the code.</translation>
    </message>
    <message>
        <source>No return found for {codes} on this bench, and the server could not be asked ({why}). Check the code, or try again when the server is back.</source>
        <translation>No return found for {codes} on this bench, and the server could not be asked ({why}). Check the code, or try again when the server is back.</translation>
    </message>
    <message>
        <source>Only an admin signed in at this bench may change its people.</source>
        <translation>Only an admin signed in at this bench may change its people.</translation>
    </message>
    <message>
        <source>A lead&apos;s PIN is checked by the server, and this bench has none configured.</source>
        <translation>A lead&apos;s PIN is checked by the server, and this bench has none configured.</translation>
    </message>
    <message>
        <source>Checklist {template} v{version} is not on this bench.</source>
        <translation>Checklist {template} v{version} is not on this bench.</translation>
    </message>
    <message>
        <source>No checklist for {category} on this bench; sync with the server or install the default templates.</source>
        <translation>No checklist for {category} on this bench; sync with the server or install the default templates.</translation>
    </message>
    <message>
        <source>Only a shift lead or an admin can authorise a correction; {badge} is not one at this bench.</source>
        <translation>Only a shift lead or an admin can authorise a correction; {badge} is not one at this bench.</translation>
    </message>
    <message>
        <source>Wrong PIN. Try again.</source>
        <translation>Wrong PIN. Try again.</translation>
    </message>
    <message>
        <source>This inspection is already final; it cannot be changed.</source>
        <translation>This inspection is already final; it cannot be changed.</translation>
    </message>
    <message>
        <source>The checklist is not complete: {missing}</source>
        <translation>The checklist is not complete: {missing}</translation>
    </message>
    <message>
        <source>Return {return_id} was already inspected on this bench ({earlier}); record a correction that supersedes it.</source>
        <translation>Return {return_id} was already inspected on this bench ({earlier}); record a correction that supersedes it.</translation>
    </message>
    <message>
        <source>Say in a few words why this inspection is dismissed ({shortest} to {longest} characters).</source>
        <translation>Say in a few words why this inspection is dismissed ({shortest} to {longest} characters).</translation>
    </message>
    <message>
        <source>A dismissal names who decided it: sign in first.</source>
        <translation>A dismissal names who decided it: sign in first.</translation>
    </message>
    <message>
        <source>No active person with badge {badge} on this bench.</source>
        <translation>No active person with badge {badge} on this bench.</translation>
    </message>
    <message>
        <source>A PIN is {shortest} to {longest} digits.</source>
        <translation>A PIN is {shortest} to {longest} digits.</translation>
    </message>
    <message>
        <source>No return {return_id} on this bench.</source>
        <translation>No return {return_id} on this bench.</translation>
    </message>
    <message>
        <source>No inspection {uuid} on this bench (discarded?).</source>
        <translation>No inspection {uuid} on this bench (discarded?).</translation>
    </message>
    <message>
        <source>Inspection {supersedes} is not a final inspection of return {return_id} on this bench, so it cannot be corrected here.</source>
        <translation>Inspection {supersedes} is not a final inspection of return {return_id} on this bench, so it cannot be corrected here.</translation>
    </message>
    <message>
        <source>No code was read.</source>
        <translation>No code was read.</translation>
    </message>
    <message>
        <source>No demo return {rma} for training.</source>
        <translation>No demo return {rma} for training.</translation>
    </message>
    <message>
        <source>{folder} is not a training sandbox; training never uses a bench&apos;s data.</source>
        <translation>{folder} is not a training sandbox; training never uses a bench&apos;s data.</translation>
    </message>
</context>
<context>
    <name>StationApp</name>
    <message>
        <source>Labels and messages</source>
        <translation>Labels and messages</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Hand-over</source>
        <translation>Hand-over</translation>
    </message>
    <message>
        <source>Connected: server {version}, token accepted, {n} people can sign in.</source>
        <translation>Connected: server {version}, token accepted, {n} people can sign in.</translation>
    </message>
</context>
<context>
    <name>StationStatusBar</name>
    <message>
        <source>Token rejected: fix in Settings</source>
        <translation>Token rejected: fix in Settings</translation>
    </message>
    <message>
        <source>Bench: {name}</source>
        <translation>Bench: {name}</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Offline: inspections are kept and sent later</source>
        <translation>Offline: inspections are kept and sent later</translation>
    </message>
    <message>
        <source>Server refused this bench&apos;s token</source>
        <translation>Server refused this bench&apos;s token</translation>
    </message>
    <message>
        <source>Standalone: no server configured</source>
        <translation>Standalone: no server configured</translation>
    </message>
    <message>
        <source>Not everything sent: {n} waiting, {m} need attention</source>
        <translation>Not everything sent: {n} waiting, {m} need attention</translation>
    </message>
    <message>
        <source>{n} waiting to send</source>
        <translation>{n} waiting to send</translation>
    </message>
    <message>
        <source>Everything sent</source>
        <translation>Everything sent</translation>
    </message>
    <message>
        <source>last sync {time}</source>
        <translation>last sync {time}</translation>
    </message>
    <message>
        <source>⚠ {n} need attention</source>
        <translation>⚠ {n} need attention</translation>
    </message>
    <message>
        <source>⚠ {n} inspection(s) the server refused need attention. They are kept here; open them to retry or export.</source>
        <translation>⚠ {n} inspection(s) the server refused need attention. They are kept here; open them to retry or export.</translation>
    </message>
</context>
<context>
    <name>SyncClient</name>
    <message>
        <source>The server refused ({status} {code}): {detail}</source>
        <translation>The server refused ({status} {code}): {detail}</translation>
    </message>
    <message>
        <source>The server&apos;s TLS certificate could not be verified; IT may need to set server.ca_bundle.</source>
        <translation>The server&apos;s TLS certificate could not be verified; IT may need to set server.ca_bundle.</translation>
    </message>
    <message>
        <source>The HTTP proxy (server.proxy) could not be reached or refused the request.</source>
        <translation>The HTTP proxy (server.proxy) could not be reached or refused the request.</translation>
    </message>
    <message>
        <source>The server did not accept a connection within {timeout} s.</source>
        <translation>The server did not accept a connection within {timeout} s.</translation>
    </message>
    <message>
        <source>The server stopped answering for more than {timeout} s.</source>
        <translation>The server stopped answering for more than {timeout} s.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was cut off.</source>
        <translation>The server&apos;s answer was cut off.</translation>
    </message>
    <message>
        <source>The server&apos;s name could not be resolved (DNS).</source>
        <translation>The server&apos;s name could not be resolved (DNS).</translation>
    </message>
    <message>
        <source>The server refused the connection (is it running?).</source>
        <translation>The server refused the connection (is it running?).</translation>
    </message>
    <message>
        <source>The connection to the server was lost before a complete answer.</source>
        <translation>The connection to the server was lost before a complete answer.</translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>no content type</translation>
    </message>
    <message>
        <source>The answer was {shown}, not the server&apos;s JSON: a network login page (captive portal), a proxy, or server.url pointing at another site.</source>
        <translation>The answer was {shown}, not the server&apos;s JSON: a network login page (captive portal), a proxy, or server.url pointing at another site.</translation>
    </message>
    <message>
        <source>another address</source>
        <translation>another address</translation>
    </message>
    <message>
        <source>The server redirected to {target}: check server.url (http or https?) or a network login page (captive portal).</source>
        <translation>The server redirected to {target}: check server.url (http or https?) or a network login page (captive portal).</translation>
    </message>
    <message>
        <source>The server refused ({status} {code})</source>
        <translation>The server refused ({status} {code})</translation>
    </message>
    <message>
        <source>HTTP {status} {reason} (not from the Return Inspector server&apos;s API)</source>
        <translation>HTTP {status} {reason} (not from the Return Inspector server&apos;s API)</translation>
    </message>
    <message>
        <source>The server acknowledged a different photo than the one sent.</source>
        <translation>The server acknowledged a different photo than the one sent.</translation>
    </message>
    <message>
        <source>The server acknowledged another inspection than the one sent.</source>
        <translation>The server acknowledged another inspection than the one sent.</translation>
    </message>
    <message>
        <source>The server acknowledged another message than the one sent.</source>
        <translation>The server acknowledged another message than the one sent.</translation>
    </message>
    <message>
        <source>The server acknowledged another number of events than sent.</source>
        <translation>The server acknowledged another number of events than sent.</translation>
    </message>
    <message>
        <source>The server acknowledged another return than the one received.</source>
        <translation>The server acknowledged another return than the one received.</translation>
    </message>
    <message>
        <source>The server&apos;s answer had an invalid Content-Length.</source>
        <translation>The server&apos;s answer had an invalid Content-Length.</translation>
    </message>
    <message>
        <source>The server&apos;s answer exceeded {limit} MB; reading stopped.</source>
        <translation>The server&apos;s answer exceeded {limit} MB; reading stopped.</translation>
    </message>
    <message>
        <source>the body</source>
        <translation>the body</translation>
    </message>
    <message>
        <source>The server&apos;s answer did not have the expected shape ({where}: {why}).</source>
        <translation>The server&apos;s answer did not have the expected shape ({where}: {why}).</translation>
    </message>
    <message>
        <source>The server announced an answer of {announced} MB; more than {limit} MB is never a real answer, so it was not read.</source>
        <translation>The server announced an answer of {announced} MB; more than {limit} MB is never a real answer, so it was not read.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was not valid JSON.</source>
        <translation>The server&apos;s answer was not valid JSON.</translation>
    </message>
    <message>
        <source>The server gave no complete answer within {limit} s.</source>
        <translation>The server gave no complete answer within {limit} s.</translation>
    </message>
</context>
<context>
    <name>TextItem</name>
    <message>
        <source>Type, then press Enter</source>
        <translation>Type, then press Enter</translation>
    </message>
</context>
<context>
    <name>TrainingBanner</name>
    <message>
        <source>TRAINING: practice only, nothing is sent or printed.</source>
        <translation>TRAINING: practice only, nothing is sent or printed.</translation>
    </message>
    <message>
        <source>Parcel {n} of {total} ({rma}): {brief}</source>
        <translation>Parcel {n} of {total} ({rma}): {brief}</translation>
    </message>
    <message>
        <source>Sign in as {name} with the PIN {pin}.</source>
        <translation>Sign in as {name} with the PIN {pin}.</translation>
    </message>
    <message>
        <source>Next parcel: scan or type {rma}.</source>
        <translation>Next parcel: scan or type {rma}.</translation>
    </message>
    <message>
        <source>Every parcel is done: End training ({key}) shows the score.</source>
        <translation>Every parcel is done: End training ({key}) shows the score.</translation>
    </message>
</context>
<context>
    <name>TrainingLauncher</name>
    <message>
        <source>Training could not start; see the log.</source>
        <translation>Training could not start; see the log.</translation>
    </message>
</context>
<context>
    <name>TrainingMode</name>
    <message>
        <source>End training</source>
        <translation>End training</translation>
    </message>
    <message>
        <source>Show the trainer&apos;s score and close training ({key})</source>
        <translation>Show the trainer&apos;s score and close training ({key})</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>“Refuse and send back” refunds nothing; leave the amount empty.</source>
        <translation>“Refuse and send back” refunds nothing; leave the amount empty.</translation>
    </message>
    <message>
        <source>“Repair” refunds nothing; leave the amount empty.</source>
        <translation>“Repair” refunds nothing; leave the amount empty.</translation>
    </message>
    <message>
        <source>“Replace” refunds nothing; leave the amount empty.</source>
        <translation>“Replace” refunds nothing; leave the amount empty.</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>outcome</translation>
    </message>
    <message>
        <source>grade</source>
        <translation>grade</translation>
    </message>
    <message>
        <source>disposition</source>
        <translation>disposition</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} and {last}</translation>
    </message>
    <message>
        <source>You changed the proposed {fields}; say why in the override reason.</source>
        <translation>You changed the proposed {fields}; say why in the override reason.</translation>
    </message>
    <message>
        <source>The override reason is longer than {limit} characters.</source>
        <translation>The override reason is longer than {limit} characters.</translation>
    </message>
    <message>
        <source>A refused item is held in quarantine until it is sent back to the customer; it cannot be restocked, refurbished, repaired or recycled.</source>
        <translation>A refused item is held in quarantine until it is sent back to the customer; it cannot be restocked, refurbished, repaired or recycled.</translation>
    </message>
    <message>
        <source>An item held in quarantine is not refunded until it is cleared.</source>
        <translation>An item held in quarantine is not refunded until it is cleared.</translation>
    </message>
    <message>
        <source>An item going back to stock needs a grade.</source>
        <translation>An item going back to stock needs a grade.</translation>
    </message>
    <message>
        <source>A partial refund needs an amount.</source>
        <translation>A partial refund needs an amount.</translation>
    </message>
    <message>
        <source>The refund amount must be more than zero.</source>
        <translation>The refund amount must be more than zero.</translation>
    </message>
    <message>
        <source>The refund amount has at most two decimals.</source>
        <translation>The refund amount has at most two decimals.</translation>
    </message>
    <message>
        <source>The refund ({refund}) is more than the price paid ({price}).</source>
        <translation>The refund ({refund}) is more than the price paid ({price}).</translation>
    </message>
    <message>
        <source>A refusal must tell the customer why, and no finding of this checklist explains one: answer the item that shows the problem (its rule then proposes the refusal), or choose another outcome.</source>
        <translation>A refusal must tell the customer why, and no finding of this checklist explains one: answer the item that shows the problem (its rule then proposes the refusal), or choose another outcome.</translation>
    </message>
    <message>
        <source>A full refund repays the price paid; leave the amount empty.</source>
        <translation>A full refund repays the price paid; leave the amount empty.</translation>
    </message>
    <message>
        <source>That is the whole price: choose “accept with a full refund” instead.</source>
        <translation>That is the whole price: choose “accept with a full refund” instead.</translation>
    </message>
    <message>
        <source>A partial refund must tell the customer what was deducted and why, and no finding of this checklist explains a deduction: answer the item that shows the damage or the missing part, or choose another outcome.</source>
        <translation>A partial refund must tell the customer what was deducted and why, and no finding of this checklist explains a deduction: answer the item that shows the damage or the missing part, or choose another outcome.</translation>
    </message>
    <message>
        <source>Say in the message how much of the {kept} kept back is for each finding.</source>
        <translation>Say in the message how much of the {kept} kept back is for each finding.</translation>
    </message>
    <message>
        <source>The deductions add up to {total}, but the refund keeps back {kept} of the {price} paid: refund {suggested} instead, or change the deductions in the message.</source>
        <translation>The deductions add up to {total}, but the refund keeps back {kept} of the {price} paid: refund {suggested} instead, or change the deductions in the message.</translation>
    </message>
    <message>
        <source>{amount} is not an amount of money.</source>
        <translation>{amount} is not an amount of money.</translation>
    </message>
</context>
<context>
    <name>VerdictPage</name>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Outcome</translation>
    </message>
    <message>
        <source>&amp;Refund</source>
        <translation>&amp;Refund</translation>
    </message>
    <message>
        <source>&amp;Grade</source>
        <translation>&amp;Grade</translation>
    </message>
    <message>
        <source>&amp;Disposition</source>
        <translation>&amp;Disposition</translation>
    </message>
    <message>
        <source>Send-back &amp;tracking</source>
        <translation>Send-back &amp;tracking</translation>
    </message>
    <message>
        <source>Scan the label of the parcel going back</source>
        <translation>Scan the label of the parcel going back</translation>
    </message>
    <message>
        <source>Override r&amp;eason</source>
        <translation>Override r&amp;eason</translation>
    </message>
    <message>
        <source>Needed only when you change the proposal</source>
        <translation>Needed only when you change the proposal</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Back to checklist</source>
        <translation>Back to checklist</translation>
    </message>
    <message>
        <source>Finalize</source>
        <translation>Finalize</translation>
    </message>
    <message>
        <source>— no grade —</source>
        <translation>— no grade —</translation>
    </message>
    <message>
        <source>&lt;b&gt;Proposed by the checklist rules:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Proposed by the checklist rules:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No rule made a proposal: choose the verdict.</source>
        <translation>No rule made a proposal: choose the verdict.</translation>
    </message>
    <message>
        <source>You changed the proposal: say why in “Override reason”.</source>
        <translation>You changed the proposal: say why in “Override reason”.</translation>
    </message>
    <message>
        <source>Enter the refund amount for a partial refund.</source>
        <translation>Enter the refund amount for a partial refund.</translation>
    </message>
    <message>
        <source>Override r&amp;eason *</source>
        <translation>Override r&amp;eason *</translation>
    </message>
    <message>
        <source>No rule proposes an amount: type what to refund.</source>
        <translation>No rule proposes an amount: type what to refund.</translation>
    </message>
    <message>
        <source>Your amount; the rules proposed {amount}.</source>
        <translation>Your amount; the rules proposed {amount}.</translation>
    </message>
    <message>
        <source>less {amount} for “{finding}”</source>
        <translation>less {amount} for “{finding}”</translation>
    </message>
    <message>
        <source>Proposed: {price} paid, {deductions} = {amount}</source>
        <translation>Proposed: {price} paid, {deductions} = {amount}</translation>
    </message>
    <message>
        <source>Enter the refund amount to see the message.</source>
        <translation>Enter the refund amount to see the message.</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>{n} photo(s)</source>
        <translation>{n} photo(s)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Stock mistake</source>
        <translation>Stock mistake</translation>
    </message>
    <message>
        <source>Withdrawal (changed mind)</source>
        <translation>Withdrawal (changed mind)</translation>
    </message>
    <message>
        <source>Delivery problem</source>
        <translation>Delivery problem</translation>
    </message>
    <message>
        <source>Faulty on opening</source>
        <translation>Faulty on opening</translation>
    </message>
    <message>
        <source>Failure at first use</source>
        <translation>Failure at first use</translation>
    </message>
    <message>
        <source>Warranty claim</source>
        <translation>Warranty claim</translation>
    </message>
    <message>
        <source>Not as described</source>
        <translation>Not as described</translation>
    </message>
    <message>
        <source>Accept, full refund</source>
        <translation>Accept, full refund</translation>
    </message>
    <message>
        <source>Partial refund</source>
        <translation>Partial refund</translation>
    </message>
    <message>
        <source>Refuse, send back to customer</source>
        <translation>Refuse, send back to customer</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Repair</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Replace</translation>
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
        <translation>Very good</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Good</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Fair</translation>
    </message>
    <message>
        <source>Restock</source>
        <translation>Restock</translation>
    </message>
    <message>
        <source>Refurbish</source>
        <translation>Refurbish</translation>
    </message>
    <message>
        <source>Send to repair</source>
        <translation>Send to repair</translation>
    </message>
    <message>
        <source>Return to supplier</source>
        <translation>Return to supplier</translation>
    </message>
    <message>
        <source>Recycle</source>
        <translation>Recycle</translation>
    </message>
    <message>
        <source>Quarantine (suspected fraud)</source>
        <translation>Quarantine (suspected fraud)</translation>
    </message>
    <message>
        <source>Smartphone</source>
        <translation>Smartphone</translation>
    </message>
    <message>
        <source>Tablet</source>
        <translation>Tablet</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <source>Smartwatch</source>
        <translation>Smartwatch</translation>
    </message>
    <message>
        <source>Headphones</source>
        <translation>Headphones</translation>
    </message>
    <message>
        <source>Game console</source>
        <translation>Game console</translation>
    </message>
    <message>
        <source>Backship delivery</source>
        <translation>Backship delivery</translation>
    </message>
    <message>
        <source>carrier tracking</source>
        <translation>carrier tracking</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>estimated</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>Shift lead</source>
        <translation>Shift lead</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Parcel received</source>
        <translation>Parcel received</translation>
    </message>
    <message>
        <source>Refund sent</source>
        <translation>Refund sent</translation>
    </message>
    <message>
        <source>Sent back with tracking</source>
        <translation>Sent back with tracking</translation>
    </message>
    <message>
        <source>Already inspected</source>
        <translation>Already inspected</translation>
    </message>
    <message>
        <source>IMEI / serial does not match the order</source>
        <translation>IMEI / serial does not match the order</translation>
    </message>
    <message>
        <source>Past the return deadline</source>
        <translation>Past the return deadline</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Not eligible</translation>
    </message>
    <message>
        <source>Proposal overridden</source>
        <translation>Proposal overridden</translation>
    </message>
    <message>
        <source>Activation lock still on</source>
        <translation>Activation lock still on</translation>
    </message>
    <message>
        <source>Console banned from online play</source>
        <translation>Console banned from online play</translation>
    </message>
    <message>
        <source>Possible counterfeit</source>
        <translation>Possible counterfeit</translation>
    </message>
    <message>
        <source>Damaged by the customer</source>
        <translation>Damaged by the customer</translation>
    </message>
    <message>
        <source>Liquid damage</source>
        <translation>Liquid damage</translation>
    </message>
    <message>
        <source>No fault found</source>
        <translation>No fault found</translation>
    </message>
    <message>
        <source>Opened or tampered with</source>
        <translation>Opened or tampered with</translation>
    </message>
</context>
<context>
    <name>YesNoItem</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>box</name>
    <message>
        <source>Return Inspector: unexpected error</source>
        <translation>Return Inspector: unexpected error</translation>
    </message>
    <message>
        <source>Something went wrong inside Return Inspector. Finalized inspections are saved; the inspection you were working on was autosaved as a draft.

Please send the crash report to IT.</source>
        <translation>Something went wrong inside Return Inspector. Finalized inspections are saved; the inspection you were working on was autosaved as a draft.

Please send the crash report to IT.</translation>
    </message>
    <message>
        <source>Crash report: {report}</source>
        <translation>Crash report: {report}</translation>
    </message>
    <message>
        <source>Log file: {log}</source>
        <translation>Log file: {log}</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
</context>
</TS>
