<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>Agora</name>
    <message>
        <source>Could not open the deck %1</source>
        <translation>تعذّر فتح العرض %1</translation>
    </message>
    <message>
        <source>Fix these in a text editor, then open the deck again.</source>
        <translation>صحّح هذه الأخطاء في محرّر نصوص، ثم افتح العرض مرة أخرى.</translation>
    </message>
    <message>
        <source>Deck problems</source>
        <translation>أخطاء العرض</translation>
    </message>
</context>
<context>
    <name>AudienceView</name>
    <message>
        <source>Slide shown to the audience</source>
        <translation>الشريحة المعروضة على الجمهور</translation>
    </message>
    <message>
        <source>%1 — Audience</source>
        <translation>%1 — الجمهور</translation>
    </message>
</context>
<context>
    <name>AudienceWindow</name>
    <message>
        <source>Slide page</source>
        <translation>صفحة الشريحة</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>المقارنة</translation>
    </message>
    <message>
        <source>Open Deck Folder</source>
        <translation>فتح مجلد العرض</translation>
    </message>
    <message>
        <source>Audience window</source>
        <extracomment>The user closed the window (window manager, Alt+F4); it is hidden, not destroyed.</extracomment>
        <translation>نافذة الجمهور</translation>
    </message>
</context>
<context>
    <name>ClassControl</name>
    <message>
        <source>Class session</source>
        <translation>جلسة الصف</translation>
    </message>
    <message>
        <source>Class session panel</source>
        <translation>لوحة جلسة الصف</translation>
    </message>
    <message>
        <source>Motion vote (before)</source>
        <translation>التصويت على موضوع المناظرة (قبل)</translation>
    </message>
    <message>
        <source>Motion vote (after)</source>
        <translation>التصويت على موضوع المناظرة (بعد)</translation>
    </message>
    <message>
        <source>Which convinces more?</source>
        <translation>أيّها أكثر إقناعًا؟</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>اختبار</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>نقاش</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1: the kind of question (Quiz, Discussion…); %2: the question itself.</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ClassPanel</name>
    <message>
        <source>Class session</source>
        <translation>جلسة الصف</translation>
    </message>
    <message>
        <source>Address phones connect to</source>
        <translation>العنوان الذي تتصل به الهواتف</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>تلقائي</translation>
    </message>
    <message>
        <source>Port (0: automatic)</source>
        <translation>المنفذ (0: تلقائي)</translation>
    </message>
    <message>
        <source>Start class session</source>
        <translation>بدء جلسة الصف</translation>
    </message>
    <message>
        <source>Start or end the class session</source>
        <translation>بدء جلسة الصف أو إنهاؤها</translation>
    </message>
    <message>
        <source>Students answer from their phones on this network.</source>
        <translation>يجيب الطلاب من هواتفهم على هذه الشبكة.</translation>
    </message>
    <message>
        <source>Join address, code and students joined</source>
        <translation>عنوان الانضمام والرمز وعدد الطلاب المنضمّين</translation>
    </message>
    <message>
        <source>Preview of the class session picture</source>
        <translation>معاينة صورة جلسة الصف</translation>
    </message>
    <message>
        <source>Slides</source>
        <translation>الشرائح</translation>
    </message>
    <message>
        <source>Join screen</source>
        <translation>شاشة الانضمام</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <source>Room shows: %1</source>
        <translation>تعرض القاعة: %1</translation>
    </message>
    <message>
        <source>Question to ask the room</source>
        <translation>السؤال الموجَّه إلى الصف</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>طرح</translation>
    </message>
    <message>
        <source>Ask the chosen question</source>
        <translation>طرح السؤال المختار</translation>
    </message>
    <message>
        <source>Close question</source>
        <translation>إغلاق السؤال</translation>
    </message>
    <message>
        <source>Stop taking answers</source>
        <translation>إيقاف استقبال الإجابات</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>كشف</translation>
    </message>
    <message>
        <source>Show the result to the room</source>
        <translation>عرض النتيجة على الصف</translation>
    </message>
    <message>
        <source>Free-text answers: tick one to show it to the room</source>
        <translation>الإجابات الحرة: حدّد إجابة لعرضها على الصف</translation>
    </message>
    <message>
        <source>Save results as CSV…</source>
        <translation>حفظ النتائج بصيغة CSV…</translation>
    </message>
    <message>
        <source>Save the session&apos;s results as CSV</source>
        <translation>حفظ نتائج الجلسة بصيغة CSV</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>المنفذ</translation>
    </message>
    <message>
        <source>Answers to approve</source>
        <translation>إجابات بانتظار الموافقة</translation>
    </message>
    <message>
        <source>End class session</source>
        <translation>إنهاء جلسة الصف</translation>
    </message>
    <message numerus="yes">
        <source>Join: %1
Code: %2
%n joined</source>
        <translation>
            <numerusform>الانضمام: %1
الرمز: %2
لم ينضم أحد بعد</numerusform>
            <numerusform>الانضمام: %1
الرمز: %2
انضم طالب واحد</numerusform>
            <numerusform>الانضمام: %1
الرمز: %2
انضم طالبان</numerusform>
            <numerusform>الانضمام: %1
الرمز: %2
انضم %n طلاب</numerusform>
            <numerusform>الانضمام: %1
الرمز: %2
انضم %n طالبًا</numerusform>
            <numerusform>الانضمام: %1
الرمز: %2
انضم %n طالب</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not start: %1</source>
        <translation>تعذّر البدء: %1</translation>
    </message>
    <message>
        <source>class-results.csv</source>
        <extracomment>The suggested file name; keep the .csv ending.</extracomment>
        <translation>نتائج-الصف.csv</translation>
    </message>
    <message>
        <source>Save results as CSV</source>
        <translation>حفظ النتائج بصيغة CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>ClassRoom</name>
    <message>
        <source>For</source>
        <extracomment>The three answers to the motion, Oxford style. Longest free-text answer, in characters. The right option of a quiz question; sent to phones only once revealed. &quot;join&quot; (QR code and URL) or &quot;results&quot; (the current question&apos;s chart). Opening and closing motion votes, for the swing. The deck&apos;s language: the room&apos;s picture speaks it, as exports do.</extracomment>
        <translation>مع</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>ضد</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>متردد</translation>
    </message>
    <message>
        <source>Join the class</source>
        <translation>انضم إلى الصف</translation>
    </message>
    <message>
        <source>Scan the code, or open:</source>
        <translation>امسح الرمز أو افتح:</translation>
    </message>
    <message>
        <source>or type the code at %1</source>
        <translation>أو اكتب الرمز في %1</translation>
    </message>
    <message numerus="yes">
        <source>%n joined</source>
        <translation>
            <numerusform>لم ينضم أحد</numerusform>
            <numerusform>انضم طالب واحد</numerusform>
            <numerusform>انضم طالبان</numerusform>
            <numerusform>انضم %n طلاب</numerusform>
            <numerusform>انضم %n طالبًا</numerusform>
            <numerusform>انضم %n طالب</numerusform>
        </translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>الآن: %1</translation>
    </message>
    <message>
        <source>No question yet</source>
        <translation>لا يوجد سؤال بعد</translation>
    </message>
    <message>
        <source>open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>مغلق</translation>
    </message>
    <message numerus="yes">
        <source>%n answers</source>
        <translation>
            <numerusform>لا إجابات</numerusform>
            <numerusform>إجابة واحدة</numerusform>
            <numerusform>إجابتان</numerusform>
            <numerusform>%n إجابات</numerusform>
            <numerusform>%n إجابةً</numerusform>
            <numerusform>%n إجابة</numerusform>
        </translation>
    </message>
    <message>
        <source>The answers appear when revealed.</source>
        <translation>تظهر الإجابات عند كشف الحل.</translation>
    </message>
    <message>
        <source>The motion: %1</source>
        <translation>موضوع المناظرة: %1</translation>
    </message>
    <message>
        <source>Which argument convinces you more? (%1)</source>
        <translation>أي الحجتين أقنع لك؟ (%1)</translation>
    </message>
    <message>
        <source>Swing (percentage points): %1</source>
        <translation>التحوّل (نقاط مئوية): %1</translation>
    </message>
    <message>
        <source>%1 gained most</source>
        <translation>%1 كسب الأكثر</translation>
    </message>
    <message>
        <source>before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <source>after</source>
        <translation>بعد</translation>
    </message>
    <message>
        <source>Approved answers appear here.</source>
        <translation>تظهر الإجابات المعتمدة هنا.</translation>
    </message>
</context>
<context>
    <name>ClassRoomView</name>
    <message>
        <source>Class session shown to the room</source>
        <translation>جلسة الصف كما تُعرض في القاعة</translation>
    </message>
    <message numerus="yes">
        <source>%n students joined</source>
        <translation>
            <numerusform>لم ينضم أي طالب</numerusform>
            <numerusform>انضم طالب واحد</numerusform>
            <numerusform>انضم طالبان</numerusform>
            <numerusform>انضم %n طلاب</numerusform>
            <numerusform>انضم %n طالبًا</numerusform>
            <numerusform>انضم %n طالب</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answers</source>
        <translation>
            <numerusform>لا إجابات</numerusform>
            <numerusform>إجابة واحدة</numerusform>
            <numerusform>إجابتان</numerusform>
            <numerusform>%n إجابات</numerusform>
            <numerusform>%n إجابةً</numerusform>
            <numerusform>%n إجابة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Light</source>
        <extracomment>The translation context of every title, description and menu name in this table. The comparison: a mode inside the audience window and the presenter console. The windows (scopes) that offer it. Radio group: at most one command of the group is checked. Toolbar group it sits in, in windows that show that group. Enabled only while this condition of the window holds (see `CommandSet.set_condition`). Start a new block in its menu. Keys the window&apos;s own widgets need (study: Space scrolls the text): never bound here. Command id → menu path where this window files a command elsewhere. Command id → what the command does in this window, where that says more. Theme names as shown in View → Theme (marked here so lupdate finds them).</extracomment>
        <translation>فاتح</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>داكن</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>تباين عالٍ</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <extracomment>Submenu titles: translated where the menu is built (`tr(sub)`), marked here.</extracomment>
        <translation>ال&amp;سمة</translation>
    </message>
    <message>
        <source>&amp;Open Deck…</source>
        <translation>&amp;فتح عرض…</translation>
    </message>
    <message>
        <source>Open another deck folder</source>
        <translation>فتح مجلد عرض آخر</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>إعادة ال&amp;تحميل</translation>
    </message>
    <message>
        <source>Read the deck files again</source>
        <translation>قراءة ملفات العرض من جديد</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;تصدير…</translation>
    </message>
    <message>
        <source>Export the deck as PDF (slides, handout, notes) or PNG images</source>
        <translation>تصدير العرض بصيغة PDF (شرائح، نشرة، ملاحظات) أو صور PNG</translation>
    </message>
    <message>
        <source>&amp;Export study guide…</source>
        <translation>تصدير دليل ال&amp;دراسة…</translation>
    </message>
    <message>
        <source>Save your study guide (slides, notes, your notes, quiz results) as PDF</source>
        <translation>حفظ دليل دراستك (الشرائح والملاحظات وملاحظاتك ونتائج الاختبار) بصيغة PDF</translation>
    </message>
    <message>
        <source>&amp;Presenter Console</source>
        <translation>وضع ال&amp;مقدّم</translation>
    </message>
    <message>
        <source>Present from this slide with speaker notes and timer</source>
        <translation>العرض من هذه الشريحة مع ملاحظات المتحدث والمؤقت</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>إ&amp;نهاء</translation>
    </message>
    <message>
        <source>Close the window</source>
        <translation>إغلاق النافذة</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>إ&amp;غلاق</translation>
    </message>
    <message>
        <source>Close study mode</source>
        <translation>إغلاق وضع الدراسة</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>ال&amp;تالي</translation>
    </message>
    <message>
        <source>Next build step, then next slide</source>
        <translation>المرحلة التالية، ثم الشريحة التالية</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>ال&amp;سابق</translation>
    </message>
    <message>
        <source>Previous build step, then previous slide</source>
        <translation>المرحلة السابقة، ثم الشريحة السابقة</translation>
    </message>
    <message>
        <source>Next &amp;Slide (Skip Builds)</source>
        <translation>الشريحة ال&amp;تالية (تخطي المراحل)</translation>
    </message>
    <message>
        <source>Next slide, skipping the remaining builds</source>
        <translation>الشريحة التالية مع تخطي المراحل المتبقية</translation>
    </message>
    <message>
        <source>Previous S&amp;lide</source>
        <translation>الشريحة ال&amp;سابقة</translation>
    </message>
    <message>
        <source>Start of the previous slide</source>
        <translation>بداية الشريحة السابقة</translation>
    </message>
    <message>
        <source>&amp;First Slide</source>
        <translation>الشريحة ال&amp;أولى</translation>
    </message>
    <message>
        <source>First slide</source>
        <translation>الشريحة الأولى</translation>
    </message>
    <message>
        <source>&amp;Last Slide</source>
        <translation>الشريحة الأ&amp;خيرة</translation>
    </message>
    <message>
        <source>Last slide</source>
        <translation>الشريحة الأخيرة</translation>
    </message>
    <message>
        <source>&amp;Go to Slide…</source>
        <translation>الا&amp;نتقال إلى شريحة…</translation>
    </message>
    <message>
        <source>Find a slide by number or title</source>
        <translation>البحث عن شريحة برقمها أو عنوانها</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;بحث…</translation>
    </message>
    <message>
        <source>Search slides, notes, arguments and glossary</source>
        <translation>البحث في الشرائح والملاحظات والحجج والمسرد</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>ملء ال&amp;شاشة</translation>
    </message>
    <message>
        <source>Enter or leave full screen</source>
        <translation>الدخول إلى ملء الشاشة أو الخروج منه</translation>
    </message>
    <message>
        <source>Present from &amp;Beginning</source>
        <translation>العرض من ال&amp;بداية</translation>
    </message>
    <message>
        <source>Start the show from the first slide (the presenter&apos;s timer starts)</source>
        <translation>بدء العرض من الشريحة الأولى (يبدأ مؤقت المقدّم)</translation>
    </message>
    <message>
        <source>Present from &amp;Current Slide</source>
        <translation>العرض من الشريحة ال&amp;حالية</translation>
    </message>
    <message>
        <source>Start the show from this slide (the presenter&apos;s timer starts)</source>
        <translation>بدء العرض من هذه الشريحة (يبدأ مؤقت المقدّم)</translation>
    </message>
    <message>
        <source>&amp;Study Mode</source>
        <translation>وضع ال&amp;دراسة</translation>
    </message>
    <message>
        <source>Read, search and self-check this deck, from this slide</source>
        <translation>قراءة هذا العرض والبحث فيه واختبار نفسك، من هذه الشريحة</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;نظرة عامة</translation>
    </message>
    <message>
        <source>Show all slides as a grid</source>
        <translation>عرض كل الشرائح في شبكة</translation>
    </message>
    <message>
        <source>&amp;Progress Bar</source>
        <translation>شريط ال&amp;تقدّم</translation>
    </message>
    <message>
        <source>Show the progress bar and slide number</source>
        <translation>عرض شريط التقدّم ورقم الشريحة</translation>
    </message>
    <message>
        <source>&amp;Black Screen</source>
        <translation>شاشة &amp;سوداء</translation>
    </message>
    <message>
        <source>Hide the slide behind black</source>
        <translation>إخفاء الشريحة خلف شاشة سوداء</translation>
    </message>
    <message>
        <source>&amp;White Screen</source>
        <translation>شاشة &amp;بيضاء</translation>
    </message>
    <message>
        <source>Hide the slide behind white</source>
        <translation>إخفاء الشريحة خلف شاشة بيضاء</translation>
    </message>
    <message>
        <source>&amp;Freeze</source>
        <translation>&amp;تجميد</translation>
    </message>
    <message>
        <source>Keep the audience on this slide while you look ahead</source>
        <translation>إبقاء الجمهور على هذه الشريحة بينما تتصفح ما بعدها</translation>
    </message>
    <message>
        <source>&amp;Zoom</source>
        <translation>ت&amp;كبير</translation>
    </message>
    <message>
        <source>Zoom the room&apos;s view 2× around the mouse on your slide (wheel: more or less; drag: a region; Z or Esc: the whole slide)</source>
        <translation>تكبير عرض الجمهور مرتين حول الفأرة على شريحتك (العجلة: أكثر أو أقل؛ السحب: منطقة؛ Z أو Esc: الشريحة كاملة)</translation>
    </message>
    <message>
        <source>&amp;Comparison</source>
        <translation>ال&amp;مقارنة</translation>
    </message>
    <message>
        <source>Show the open and closed arguments side by side</source>
        <translation>عرض حجج النموذج المفتوح والمغلق جنبًا إلى جنب</translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation>نص أ&amp;كبر</translation>
    </message>
    <message>
        <source>Make the text larger</source>
        <translation>تكبير النص</translation>
    </message>
    <message>
        <source>S&amp;maller Text</source>
        <translation>نص أ&amp;صغر</translation>
    </message>
    <message>
        <source>Make the text smaller</source>
        <translation>تصغير النص</translation>
    </message>
    <message>
        <source>&amp;Normal Text Size</source>
        <translation>حجم النص ال&amp;عادي</translation>
    </message>
    <message>
        <source>Reset the text size</source>
        <translation>إعادة حجم النص إلى الأصل</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>ال&amp;محتويات</translation>
    </message>
    <message>
        <source>Show the contents</source>
        <translation>عرض المحتويات</translation>
    </message>
    <message>
        <source>&amp;Glossary Panel</source>
        <translation>لوحة ال&amp;مسرد</translation>
    </message>
    <message>
        <source>Show the glossary panel</source>
        <translation>عرض لوحة المسرد</translation>
    </message>
    <message>
        <source>&amp;My Notes Panel</source>
        <translation>لوحة &amp;ملاحظاتي</translation>
    </message>
    <message>
        <source>Show your notes</source>
        <translation>عرض ملاحظاتك</translation>
    </message>
    <message>
        <source>&amp;Quiz Panel</source>
        <translation>لوحة الا&amp;ختبار</translation>
    </message>
    <message>
        <source>Show the quiz panel</source>
        <translation>عرض لوحة الاختبار</translation>
    </message>
    <message>
        <source>Use this theme</source>
        <translation>استخدام هذه السمة</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>ا&amp;ختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Show or hide this list</source>
        <translation>إظهار هذه القائمة أو إخفاؤها</translation>
    </message>
    <message>
        <source>Close / Back</source>
        <translation>إغلاق / رجوع</translation>
    </message>
    <message>
        <source>Close what is open; then leave full screen, the comparison or the show</source>
        <translation>إغلاق ما هو مفتوح، ثم الخروج من ملء الشاشة أو المقارنة أو العرض</translation>
    </message>
    <message>
        <source>★ &amp;Bookmark</source>
        <translation>★ &amp;علامة</translation>
    </message>
    <message>
        <source>Bookmark this slide</source>
        <translation>وضع علامة على هذه الشريحة</translation>
    </message>
    <message>
        <source>✓ &amp;Understood</source>
        <translation>✓ &amp;مفهومة</translation>
    </message>
    <message>
        <source>Mark this slide as understood</source>
        <translation>تعليم هذه الشريحة بأنها مفهومة</translation>
    </message>
    <message>
        <source>Study &amp;Progress…</source>
        <translation>&amp;تقدّم الدراسة…</translation>
    </message>
    <message>
        <source>Show progress by section</source>
        <translation>عرض التقدّم حسب القسم</translation>
    </message>
    <message>
        <source>&amp;Pointer</source>
        <translation>الم&amp;ؤشر</translation>
    </message>
    <message>
        <source>Laser pointer: move the mouse over your slide</source>
        <translation>مؤشر الليزر: حرّك الفأرة فوق شريحتك</translation>
    </message>
    <message>
        <source>&amp;Spotlight</source>
        <translation>ال&amp;بقعة المضيئة</translation>
    </message>
    <message>
        <source>Darken all but a circle around the mouse</source>
        <translation>تعتيم كل شيء عدا دائرة حول الفأرة</translation>
    </message>
    <message>
        <source>P&amp;en</source>
        <translation>ال&amp;قلم</translation>
    </message>
    <message>
        <source>Draw on the slide with the mouse</source>
        <translation>الرسم على الشريحة بالفأرة</translation>
    </message>
    <message>
        <source>&amp;Highlighter</source>
        <translation>ق&amp;لم التمييز</translation>
    </message>
    <message>
        <source>Highlight on the slide with the mouse</source>
        <translation>التمييز على الشريحة بالفأرة</translation>
    </message>
    <message>
        <source>&amp;Undo Ink</source>
        <translation>&amp;تراجع عن الحبر</translation>
    </message>
    <message>
        <source>Undo the last drawing change on this slide</source>
        <translation>التراجع عن آخر تغيير في الرسم على هذه الشريحة</translation>
    </message>
    <message>
        <source>&amp;Clear Ink</source>
        <translation>&amp;مسح الحبر</translation>
    </message>
    <message>
        <source>Remove all drawing from this slide</source>
        <translation>إزالة كل الرسم من هذه الشريحة</translation>
    </message>
    <message>
        <source>&amp;Start/Pause Timer</source>
        <translation>&amp;تشغيل المؤقت/إيقافه مؤقتًا</translation>
    </message>
    <message>
        <source>Start or pause the talk timer</source>
        <translation>تشغيل مؤقت العرض أو إيقافه مؤقتًا</translation>
    </message>
    <message>
        <source>&amp;Reset Timer</source>
        <translation>إعادة &amp;ضبط المؤقت</translation>
    </message>
    <message>
        <source>Set the talk timer back to zero</source>
        <translation>إعادة مؤقت العرض إلى الصفر</translation>
    </message>
    <message>
        <source>Reveal &amp;All Rows</source>
        <translation>كشف &amp;كل الصفوف</translation>
    </message>
    <message>
        <source>Reveal every row of the comparison</source>
        <translation>كشف كل صف في المقارنة</translation>
    </message>
    <message>
        <source>&amp;Focus Row</source>
        <translation>&amp;تركيز الصف</translation>
    </message>
    <message>
        <source>Focus the selected card&apos;s row and dim the rest</source>
        <translation>تركيز صف البطاقة المحددة وتعتيم الباقي</translation>
    </message>
    <message>
        <source>&amp;Clear Row Focus</source>
        <translation>إ&amp;لغاء تركيز الصف</translation>
    </message>
    <message>
        <source>Show every row undimmed</source>
        <translation>عرض كل الصفوف دون تعتيم</translation>
    </message>
    <message>
        <source>Open Argument &amp;Detail</source>
        <translation>فتح ت&amp;فاصيل الحجة</translation>
    </message>
    <message>
        <source>What the selected argument answers, with examples</source>
        <translation>ما تردّ عليه الحجة المحددة، مع أمثلة</translation>
    </message>
    <message>
        <source>Class &amp;Poll</source>
        <translation>&amp;تصويت الصف</translation>
    </message>
    <message>
        <source>Count the room&apos;s votes (1/2/3 add, Shift+1/2/3 remove)</source>
        <translation>عدّ أصوات القاعة (1/2/3 للإضافة، Shift+1/2/3 للحذف)</translation>
    </message>
    <message>
        <source>Arrange the console</source>
        <translation>ترتيب وضع المقدّم</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>قياسي</translation>
    </message>
    <message>
        <source>Notes large</source>
        <translation>ملاحظات كبيرة</translation>
    </message>
    <message>
        <source>Next two slides</source>
        <translation>الشريحتان التاليتان</translation>
    </message>
    <message>
        <source>&amp;Audience Window</source>
        <translation>نافذة ال&amp;جمهور</translation>
    </message>
    <message>
        <source>Show or hide the audience window</source>
        <translation>إظهار نافذة الجمهور أو إخفاؤها</translation>
    </message>
    <message>
        <source>Phone &amp;Remote…</source>
        <translation>التحكم بال&amp;هاتف عن بُعد…</translation>
    </message>
    <message>
        <source>Drive the show from your phone: scan the code, allow the phone here</source>
        <translation>التحكم في العرض من هاتفك: امسح الرمز ثم اسمح للهاتف من هنا</translation>
    </message>
    <message>
        <source>&amp;Swap Screens</source>
        <translation>&amp;تبديل الشاشتين</translation>
    </message>
    <message>
        <source>Swap the console and audience screens</source>
        <translation>تبديل شاشتي المقدّم والجمهور</translation>
    </message>
    <message>
        <source>&amp;Class Session</source>
        <translation>جلسة ال&amp;صف</translation>
    </message>
    <message>
        <source>Students answer from their phones: join screen, votes, quiz, discussion</source>
        <translation>يجيب الطلاب من هواتفهم: شاشة الانضمام والتصويت والاختبار والنقاش</translation>
    </message>
    <message>
        <source>&amp;End Show</source>
        <translation>إ&amp;نهاء العرض</translation>
    </message>
    <message>
        <source>End the presentation (as in Keynote; Esc backs out to it)</source>
        <translation>إنهاء العرض (كما في Keynote؛ يعود Esc إليه)</translation>
    </message>
    <message>
        <source>Reveal the next row</source>
        <translation>كشف الصف التالي</translation>
    </message>
    <message>
        <source>Hide the last row</source>
        <translation>إخفاء الصف الأخير</translation>
    </message>
    <message>
        <source>Close what is open; then leave the comparison</source>
        <translation>إغلاق ما هو مفتوح، ثم الخروج من المقارنة</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>ا&amp;نتقال</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Study</source>
        <translation>ال&amp;دراسة</translation>
    </message>
    <message>
        <source>&amp;Draw</source>
        <translation>ال&amp;رسم</translation>
    </message>
    <message>
        <source>&amp;Timer</source>
        <translation>ال&amp;مؤقت</translation>
    </message>
    <message>
        <source>La&amp;yout</source>
        <translation>ال&amp;تخطيط</translation>
    </message>
    <message>
        <source>&amp;Window</source>
        <translation>ال&amp;نافذة</translation>
    </message>
    <message>
        <source>Mouse and typing</source>
        <translation>الفأرة والكتابة</translation>
    </message>
    <message>
        <source>Digits, then Enter</source>
        <extracomment>Things done without a command (typed numbers, the mouse), listed in each window&apos;s help.</extracomment>
        <translation>أرقام ثم Enter</translation>
    </message>
    <message>
        <source>Go to that slide number</source>
        <translation>الانتقال إلى رقم الشريحة هذا</translation>
    </message>
    <message>
        <source>Left click / Right click</source>
        <translation>نقرة يسرى / نقرة يمنى</translation>
    </message>
    <message>
        <source>Next / previous</source>
        <translation>التالي / السابق</translation>
    </message>
    <message>
        <source>Mouse wheel</source>
        <translation>عجلة الفأرة</translation>
    </message>
    <message>
        <source>Click a thumbnail</source>
        <translation>النقر على صورة مصغّرة</translation>
    </message>
    <message>
        <source>Go to that slide</source>
        <translation>الانتقال إلى تلك الشريحة</translation>
    </message>
    <message>
        <source>Mouse over the current slide</source>
        <translation>الفأرة فوق الشريحة الحالية</translation>
    </message>
    <message>
        <source>Pointer, spotlight, ink</source>
        <translation>المؤشر، البقعة المضيئة، الحبر</translation>
    </message>
    <message>
        <source>Wheel over the current slide, zoomed</source>
        <translation>العجلة فوق الشريحة الحالية المكبّرة</translation>
    </message>
    <message>
        <source>Zoom more or less</source>
        <translation>تكبير أكثر أو أقل</translation>
    </message>
    <message>
        <source>Drag on the current slide</source>
        <translation>السحب على الشريحة الحالية</translation>
    </message>
    <message>
        <source>Zoom the room to that region</source>
        <translation>تكبير عرض الجمهور على تلك المنطقة</translation>
    </message>
    <message>
        <source>Click a glossary term</source>
        <translation>النقر على مصطلح في المسرد</translation>
    </message>
    <message>
        <source>Open its definition</source>
        <translation>فتح تعريفه</translation>
    </message>
    <message>
        <source>1 to 9</source>
        <translation>من 1 إلى 9</translation>
    </message>
    <message>
        <source>Focus that row and dim the rest</source>
        <translation>تركيز ذلك الصف وتعتيم الباقي</translation>
    </message>
    <message>
        <source>Arrows, once a card is selected</source>
        <translation>الأسهم، بعد تحديد بطاقة</translation>
    </message>
    <message>
        <source>Move between cards</source>
        <translation>التنقل بين البطاقات</translation>
    </message>
    <message>
        <source>Click a card</source>
        <translation>النقر على بطاقة</translation>
    </message>
    <message>
        <source>Select it</source>
        <translation>تحديدها</translation>
    </message>
    <message>
        <source>In the poll: 1/2/3, Shift+1/2/3</source>
        <translation>في التصويت: 1/2/3، Shift+1/2/3</translation>
    </message>
    <message>
        <source>Add / remove a vote</source>
        <translation>إضافة صوت / حذفه</translation>
    </message>
    <message>
        <source>Slides</source>
        <extracomment>Column titles of the key map, in scope order.</extracomment>
        <translation>الشرائح</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>المقدّم</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>الدراسة</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>المقارنة</translation>
    </message>
</context>
<context>
    <name>ComparisonCanvas</name>
    <message>
        <source>Comparison of arguments</source>
        <translation>مقارنة الحجج</translation>
    </message>
</context>
<context>
    <name>ComparisonMode</name>
    <message>
        <source>Comparison — %1</source>
        <translation>المقارنة — %1</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <source>Comparison</source>
        <extracomment>The room&apos;s copy stays silent; the one being operated speaks revealed rows.</extracomment>
        <translation>المقارنة</translation>
    </message>
    <message>
        <source>This deck has no debate to compare.</source>
        <translation>لا يحتوي هذا العرض على مناظرة للمقارنة.</translation>
    </message>
</context>
<context>
    <name>ContentsTree</name>
    <message>
        <source>Table of contents</source>
        <extracomment>A slide was chosen (Enter, click): its index in the deck.</extracomment>
        <translation>جدول المحتويات</translation>
    </message>
    <message>
        <source>Sections and slides. ✓ marks a slide you understood, ★ a bookmark. Press Enter to open a slide.</source>
        <translation>الأقسام والشرائح. ✓ تعني شريحة فهمتها، و★ علامة. اضغط Enter لفتح شريحة.</translation>
    </message>
    <message>
        <source>%1, understood, bookmarked</source>
        <translation>%1، مفهومة، عليها علامة</translation>
    </message>
    <message>
        <source>%1, understood</source>
        <translation>%1، مفهومة</translation>
    </message>
    <message>
        <source>%1, bookmarked</source>
        <translation>%1، عليها علامة</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 of %n understood</source>
        <translation>
            <numerusform>%1، %2 من %n شريحة مفهومة</numerusform>
            <numerusform>%1، %2 من شريحة واحدة مفهومة</numerusform>
            <numerusform>%1، %2 من شريحتين مفهومة</numerusform>
            <numerusform>%1، %2 من %n شرائح مفهومة</numerusform>
            <numerusform>%1، %2 من %n شريحة مفهومة</numerusform>
            <numerusform>%1، %2 من %n شريحة مفهومة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <source>Row: %1</source>
        <translation>الصف: %1</translation>
    </message>
    <message>
        <source>Only the beginning is shown: this text is too long to read here.</source>
        <translation>يُعرض بداية النص فقط: هذا النص أطول من أن يُقرأ هنا.</translation>
    </message>
    <message>
        <source>**Examples**</source>
        <translation>**أمثلة**</translation>
    </message>
    <message>
        <source>**Answers:** %1</source>
        <translation>**الردود:** %1</translation>
    </message>
    <message>
        <source>**In tension with:** %1</source>
        <translation>**في تعارض مع:** %1</translation>
    </message>
    <message>
        <source>Argument detail</source>
        <extracomment>Where the detail&apos;s text-size steps are remembered (0: sized by the panel alone).</extracomment>
        <translation>تفاصيل الحجة</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Answers</source>
        <translation>الإجابات</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>مسرد المصطلحات</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>الإجابة:</translation>
    </message>
    <message>
        <source>Model answer:</source>
        <translation>الإجابة النموذجية:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>السبب:</translation>
    </message>
    <message>
        <source>(also: %1)</source>
        <translation>(أيضًا: %1)</translation>
    </message>
    <message>
        <source>No speaker notes for this slide.</source>
        <translation>لا توجد ملاحظات لهذه الشريحة.</translation>
    </message>
    <message>
        <source>Slide %1 of %2</source>
        <translation>الشريحة %1 من %2</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (تابع)</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>Device pixels per inch of every PDF: a 960×540 pt slide page is a 1920×1080 painter. Index of the first glossary page: `term:` links in a handout point there. The resolved deck folder, from which text pages may show the deck&apos;s own pictures (through the deck&apos;s image rule); empty for text that names no pictures.</extracomment>
        <translation>الصفحة %1 من %2</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>مقارنة</translation>
    </message>
    <message>
        <source>Class results</source>
        <translation>نتائج الصف</translation>
    </message>
    <message>
        <source>Comparison: %1</source>
        <translation>مقارنة: %1</translation>
    </message>
    <message>
        <source>Quiz: %1</source>
        <translation>اختبار: %1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Export deck</source>
        <translation>تصدير العرض</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>مستند PDF</translation>
    </message>
    <message>
        <source>PNG images</source>
        <translation>صور PNG</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>التخطيط</translation>
    </message>
    <message>
        <source>Slides</source>
        <translation>الشرائح</translation>
    </message>
    <message>
        <source>Handout (3 per page)</source>
        <translation>نشرة (3 في كل صفحة)</translation>
    </message>
    <message>
        <source>Notes pages</source>
        <translation>صفحات الملاحظات</translation>
    </message>
    <message>
        <source>Builds</source>
        <translation>مراحل الظهور</translation>
    </message>
    <message>
        <source>Final slide only</source>
        <translation>الشريحة النهائية فقط</translation>
    </message>
    <message>
        <source>A page per build step</source>
        <translation>صفحة لكل مرحلة</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>فاتح</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>داكن</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>تباين عالٍ</translation>
    </message>
    <message>
        <source>Deck&apos;s theme</source>
        <translation>سمة العرض</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>السمة</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>الورق</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Letter الأمريكي</translation>
    </message>
    <message>
        <source>all, or e.g. 3-7,10</source>
        <translation>الكل، أو مثلًا 3-7,10</translation>
    </message>
    <message>
        <source>Slides to export</source>
        <translation>الشرائح المراد تصديرها</translation>
    </message>
    <message>
        <source> px</source>
        <translation> بكسل</translation>
    </message>
    <message>
        <source>Image width</source>
        <translation>عرض الصورة</translation>
    </message>
    <message>
        <source>Speaker notes as PDF comments, and a pdfpc file</source>
        <translation>ملاحظات المتحدث كتعليقات PDF، وملف pdfpc</translation>
    </message>
    <message>
        <source>Add comparison pages (overview and each dimension)</source>
        <translation>إضافة صفحات المقارنة (نظرة عامة وكل بُعد)</translation>
    </message>
    <message>
        <source>Include &amp;annotations (ink saved in presenter mode)</source>
        <translation>تضمين ال&amp;تعليقات التوضيحية (الحبر المحفوظ في وضع المقدّم)</translation>
    </message>
    <message>
        <source>Include annotations</source>
        <translation>تضمين التعليقات التوضيحية</translation>
    </message>
    <message>
        <source>Add the class &amp;results (poll votes recorded for this deck)</source>
        <translation>إضافة &amp;نتائج الصف (الأصوات المسجّلة لهذا العرض)</translation>
    </message>
    <message>
        <source>Include class results</source>
        <translation>تضمين نتائج الصف</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>الحفظ في</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;استعراض…</translation>
    </message>
    <message>
        <source>Choose where to save</source>
        <translation>اختر مكان الحفظ</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>ال&amp;صيغة:</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>الت&amp;خطيط:</translation>
    </message>
    <message>
        <source>&amp;Builds:</source>
        <translation>&amp;مراحل الظهور:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>ال&amp;سمة:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>ال&amp;ورق:</translation>
    </message>
    <message>
        <source>S&amp;lides:</source>
        <translation>ال&amp;شرائح:</translation>
    </message>
    <message>
        <source>Image &amp;width:</source>
        <translation>&amp;عرض الصورة:</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>ال&amp;حفظ في:</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>تقدّم التصدير</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>حالة التصدير</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;تصدير</translation>
    </message>
    <message>
        <source>Export images to</source>
        <translation>تصدير الصور إلى</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>تصدير PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>اختر مكان حفظ التصدير.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>إ&amp;غلاق</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was changed.</source>
        <translation>أُلغي التصدير؛ لم يتغيّر شيء.</translation>
    </message>
</context>
<context>
    <name>ExportRunner</name>
    <message>
        <source>Export to {output} failed: {reason}</source>
        <translation>فشل التصدير إلى {output}: {reason}</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Focus row</source>
        <translation>تركيز صف</translation>
    </message>
    <message>
        <source>Focus one row and dim the rest (keys 1–3, 0 clears)</source>
        <translation>تركيز صف واحد وتعتيم الباقي (المفاتيح 1–3، و0 يلغي التركيز)</translation>
    </message>
    <message>
        <source>&amp;Row:</source>
        <translation>ال&amp;صف:</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>إظهار %1</translation>
    </message>
    <message>
        <source>Show or hide the cards of %1</source>
        <translation>إظهار بطاقات %1 أو إخفاؤها</translation>
    </message>
    <message>
        <source>Search arguments</source>
        <translation>البحث في الحجج</translation>
    </message>
    <message>
        <source>Matching cards</source>
        <translation>البطاقات المطابقة</translation>
    </message>
    <message>
        <source>Hide last row</source>
        <translation>إخفاء الصف الأخير</translation>
    </message>
    <message>
        <source>Reveal next row</source>
        <translation>كشف الصف التالي</translation>
    </message>
    <message>
        <source>Reveal all</source>
        <translation>كشف الكل</translation>
    </message>
    <message>
        <source>Reveal all rows</source>
        <translation>كشف كل الصفوف</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>كل الصفوف</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n cards</source>
        <translation>
            <numerusform>%1 من %n بطاقة</numerusform>
            <numerusform>%1 من بطاقة واحدة</numerusform>
            <numerusform>%1 من بطاقتين</numerusform>
            <numerusform>%1 من %n بطاقات</numerusform>
            <numerusform>%1 من %n بطاقة</numerusform>
            <numerusform>%1 من %n بطاقة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GlossaryPanel</name>
    <message>
        <source>Filter terms…</source>
        <translation>تصفية المصطلحات…</translation>
    </message>
    <message>
        <source>Filter glossary</source>
        <translation>تصفية المسرد</translation>
    </message>
    <message>
        <source>Type to narrow the list of terms.</source>
        <translation>اكتب لتضييق قائمة المصطلحات.</translation>
    </message>
    <message>
        <source>Glossary terms</source>
        <translation>مصطلحات المسرد</translation>
    </message>
    <message>
        <source>Choose a term to read its definition below.</source>
        <translation>اختر مصطلحًا لقراءة تعريفه أدناه.</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>التعريف</translation>
    </message>
    <message>
        <source>Choose a term, or a linked term in the slide text.</source>
        <translation>اختر مصطلحًا، أو مصطلحًا مرتبطًا في نص الشريحة.</translation>
    </message>
    <message>
        <source>Also: %1</source>
        <translation>أيضًا: %1</translation>
    </message>
</context>
<context>
    <name>GotoDialog</name>
    <message>
        <source>Go to Slide</source>
        <translation>الانتقال إلى شريحة</translation>
    </message>
    <message>
        <source>Go to slide</source>
        <translation>الانتقال إلى شريحة</translation>
    </message>
    <message>
        <source>Slide number or words from the title</source>
        <translation>رقم الشريحة أو كلمات من العنوان</translation>
    </message>
    <message>
        <source>Search slides</source>
        <translation>البحث في الشرائح</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;بحث:</translation>
    </message>
    <message>
        <source>Matching slides</source>
        <translation>الشرائح المطابقة</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>ا&amp;نتقال</translation>
    </message>
</context>
<context>
    <name>GuideExport</name>
    <message>
        <source>Exporting the study guide…</source>
        <extracomment>The summary line (&quot;Wrote …: N pages …&quot;) once the file is in place. Why it failed, or &quot;&quot; when the student cancelled (any earlier file is untouched).</extracomment>
        <translation>جارٍ تصدير دليل الدراسة…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Export study guide</source>
        <translation>تصدير دليل الدراسة</translation>
    </message>
    <message>
        <source>Study guide export progress</source>
        <translation>تقدّم تصدير دليل الدراسة</translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <source>Keyboard shortcuts</source>
        <extracomment>From this width on, three columns: a full-screen help fits without scrolling. Hidden again (the window then gives the keys back to the slide).</extracomment>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Press Esc, ? or F1 to close</source>
        <translation>اضغط Esc أو ? أو F1 للإغلاق</translation>
    </message>
</context>
<context>
    <name>JoinPage</name>
    <message>
        <source>Join the class</source>
        <translation>انضم إلى الصف</translation>
    </message>
    <message>
        <source>Session code (on the projector)</source>
        <translation>رمز الجلسة (على جهاز العرض)</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>انضمام</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>جارٍ التحقق…</translation>
    </message>
    <message>
        <source>Too many tries: wait a minute.</source>
        <translation>محاولات كثيرة: انتظر دقيقة.</translation>
    </message>
    <message>
        <source>Unknown code.</source>
        <translation>رمز غير معروف.</translation>
    </message>
    <message>
        <source>No connection: are you on the classroom Wi-Fi?</source>
        <translation>لا يوجد اتصال: هل أنت متصل بشبكة Wi-Fi الصف؟</translation>
    </message>
    <message>
        <source>This page needs JavaScript to join.</source>
        <translation>تحتاج هذه الصفحة إلى JavaScript للانضمام.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <source>Use this language from the next start</source>
        <translation>استخدام هذه اللغة من التشغيل القادم</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Agora will use %1 the next time it starts.</source>
        <translation>سيستخدم Agora اللغة %1 في التشغيل القادم.</translation>
    </message>
    <message>
        <source>Language changed</source>
        <translation>تغيّرت اللغة</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>My notes</source>
        <extracomment>The note of a slide was written to the database: (slide id, text).</extracomment>
        <translation>ملاحظاتي</translation>
    </message>
    <message>
        <source>Your own notes on this slide, saved automatically. Tab leaves the editor.</source>
        <translation>ملاحظاتك الخاصة على هذه الشريحة، تُحفظ تلقائيًا. يغادر Tab المحرر.</translation>
    </message>
    <message>
        <source>Write your own notes on this slide…</source>
        <translation>اكتب ملاحظاتك الخاصة على هذه الشريحة…</translation>
    </message>
    <message>
        <source>&amp;Notes on “%1”</source>
        <translation>ال&amp;ملاحظات على «%1»</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>حُفظت.</translation>
    </message>
    <message>
        <source>Not saved: study data is read-only (see the banner above).</source>
        <translation>لم يُحفظ: بيانات الدراسة للقراءة فقط (انظر الشريط أعلاه).</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
</context>
<context>
    <name>NotesView</name>
    <message>
        <source>Speaker notes</source>
        <translation>ملاحظات المتحدث</translation>
    </message>
    <message>
        <source>Only the beginning of these notes is shown: they are too long to read here. All of them are in {file}, line {line}.</source>
        <translation>تُعرض بداية ملاحظات المتحدث فقط: إنها أطول من أن تُقرأ هنا. الملاحظات كاملةً في {file}، السطر {line}.</translation>
    </message>
    <message>
        <source>No notes for this slide.</source>
        <translation>لا ملاحظات لهذه الشريحة.</translation>
    </message>
</context>
<context>
    <name>OverviewGrid</name>
    <message>
        <source>Slide overview</source>
        <extracomment>A slide was chosen (0-based index).</extracomment>
        <translation>نظرة عامة على الشرائح</translation>
    </message>
    <message>
        <source>Arrow keys choose a slide, Enter shows it, Esc closes</source>
        <translation>تختار مفاتيح الأسهم شريحة، ويعرضها Enter، ويغلق Esc</translation>
    </message>
</context>
<context>
    <name>OverviewModel</name>
    <message>
        <source>Slide %1 of %2: %3, showing now</source>
        <extracomment>Thumbnail widths are rounded to this, so resizing the window re-renders rarely. Thumbnails kept at most: far more than any view shows at once, yet scrolling through a 2,000-slide deck keeps tens of megabytes, not hundreds. The image of this slide index is now available.</extracomment>
        <translation>الشريحة %1 من %2: %3، معروضة الآن</translation>
    </message>
    <message>
        <source>Slide %1 of %2: %3</source>
        <translation>الشريحة %1 من %2: %3</translation>
    </message>
</context>
<context>
    <name>PollChart</name>
    <message>
        <source>Class poll</source>
        <translation>تصويت الصف</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>مغلق</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>هجين</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <source>After</source>
        <translation>بعد</translation>
    </message>
    <message>
        <source>Votes before: %1</source>
        <translation>الأصوات قبل: %1</translation>
    </message>
    <message>
        <source>Votes after: %1</source>
        <translation>الأصوات بعد: %1</translation>
    </message>
    <message>
        <source>Poll chart</source>
        <extracomment>Shift+1/2/3 arrive as these symbols on most keyboard layouts.</extracomment>
        <translation>مخطط التصويت</translation>
    </message>
</context>
<context>
    <name>PollPanel</name>
    <message>
        <source>Class poll</source>
        <translation>تصويت الصف</translation>
    </message>
    <message>
        <source>Poll status</source>
        <translation>حالة التصويت</translation>
    </message>
    <message>
        <source>Before the debate</source>
        <translation>قبل المناظرة</translation>
    </message>
    <message>
        <source>Record votes before the debate</source>
        <translation>تسجيل الأصوات قبل المناظرة</translation>
    </message>
    <message>
        <source>After the debate</source>
        <translation>بعد المناظرة</translation>
    </message>
    <message>
        <source>Record votes after the debate</source>
        <translation>تسجيل الأصوات بعد المناظرة</translation>
    </message>
    <message>
        <source>Votes for %1</source>
        <translation>أصوات %1</translation>
    </message>
    <message>
        <source>Clear this phase</source>
        <translation>مسح هذه المرحلة</translation>
    </message>
    <message>
        <source>Clear the votes of this phase</source>
        <translation>مسح أصوات هذه المرحلة</translation>
    </message>
    <message>
        <source>Save CSV…</source>
        <translation>حفظ CSV…</translation>
    </message>
    <message>
        <source>Save the poll as CSV</source>
        <translation>حفظ التصويت بصيغة CSV</translation>
    </message>
    <message>
        <source>Keys: 1/2/3 add a vote, Shift+1/2/3 remove one.</source>
        <translation>المفاتيح: 1/2/3 تضيف صوتًا، وShift+1/2/3 تحذف صوتًا.</translation>
    </message>
    <message>
        <source>%1. Recording is off so that file is kept as it is.</source>
        <translation>%1. التسجيل متوقف حتى يبقى ذلك الملف كما هو.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>لم يُحفظ: %1</translation>
    </message>
    <message>
        <source>Save Poll as CSV</source>
        <translation>حفظ التصويت بصيغة CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>حُفظ: %1</translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <source>Comparison</source>
        <translation>المقارنة</translation>
    </message>
    <message>
        <source>Phone remote</source>
        <translation>التحكم بالهاتف عن بُعد</translation>
    </message>
    <message>
        <source>The remote could not start: %1</source>
        <translation>تعذّر بدء التحكم عن بُعد: %1</translation>
    </message>
</context>
<context>
    <name>PresenterComparison</name>
    <message>
        <source>Comparison: you drive it, the room sees it</source>
        <translation>المقارنة: أنت تتحكم بها والقاعة تراها</translation>
    </message>
    <message>
        <source>Comparison shown to the audience</source>
        <translation>المقارنة المعروضة على الجمهور</translation>
    </message>
</context>
<context>
    <name>PresenterConsole</name>
    <message>
        <source>Next: build step %1</source>
        <translation>التالي: مرحلة الظهور %1</translation>
    </message>
    <message>
        <source>Next: slide %1</source>
        <translation>التالي: الشريحة %1</translation>
    </message>
    <message>
        <source>Next: end of the presentation</source>
        <translation>التالي: نهاية العرض</translation>
    </message>
    <message>
        <source>After that: build step %1</source>
        <translation>بعد ذلك: مرحلة الظهور %1</translation>
    </message>
    <message>
        <source>After that: slide %1</source>
        <translation>بعد ذلك: الشريحة %1</translation>
    </message>
    <message>
        <source>After that: end of the presentation</source>
        <translation>بعد ذلك: نهاية العرض</translation>
    </message>
    <message>
        <source>Presenter console</source>
        <extracomment>The speaker closed the console: the show is over.</extracomment>
        <translation>وضع المقدّم</translation>
    </message>
    <message>
        <source>Current slide</source>
        <translation>الشريحة الحالية</translation>
    </message>
    <message>
        <source>Next step preview</source>
        <translation>معاينة الخطوة التالية</translation>
    </message>
    <message>
        <source>Preview of the step after next</source>
        <translation>معاينة الخطوة التي تلي التالية</translation>
    </message>
    <message>
        <source>What the audience sees</source>
        <translation>ما يراه الجمهور</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>After that</source>
        <translation>بعد ذلك</translation>
    </message>
    <message>
        <source>Audience sees (rehearsal: one screen)</source>
        <translation>يرى الجمهور (تدريب: شاشة واحدة)</translation>
    </message>
    <message>
        <source>Speaker notes</source>
        <translation>ملاحظات المتحدث</translation>
    </message>
    <message>
        <source>Divider between the slides and the thumbnails</source>
        <translation>الفاصل بين الشرائح والصور المصغرة</translation>
    </message>
    <message>
        <source>Divider between the current slide and the side panes</source>
        <translation>الفاصل بين الشريحة الحالية واللوحات الجانبية</translation>
    </message>
    <message>
        <source>Divider between the side panes</source>
        <translation>الفاصل بين اللوحات الجانبية</translation>
    </message>
    <message>
        <source>Presenter controls</source>
        <translation>عناصر التحكم في وضع المقدّم</translation>
    </message>
    <message>
        <source>Comparison — the room sees it (C or Esc: back to the slides)</source>
        <translation>المقارنة — تراها القاعة (C أو Esc: العودة إلى الشرائح)</translation>
    </message>
    <message>
        <source>%1 — Presenter console</source>
        <translation>%1 — وضع المقدّم</translation>
    </message>
</context>
<context>
    <name>ProblemBanner</name>
    <message>
        <source>Deck problems</source>
        <extracomment>Dark text on a pale amber ground (contrast &gt; 10:1); the &quot;⚠&quot; and heading say it, not colour. Closed by the user (the window gives the keyboard back to the slide).</extracomment>
        <translation>أخطاء العرض</translation>
    </message>
    <message>
        <source>Problem list</source>
        <translation>قائمة الأخطاء</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Close problem banner</source>
        <translation>إغلاق شريط الأخطاء</translation>
    </message>
    <message>
        <source>Hide this banner (Esc)</source>
        <translation>إخفاء هذا الشريط (Esc)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (run `agora check` for the full list)</source>
        <translation>
            <numerusform>… ولا شيء آخر</numerusform>
            <numerusform>… وخطأ آخر (شغّل `agora check` للقائمة الكاملة)</numerusform>
            <numerusform>… وخطآن آخران (شغّل `agora check` للقائمة الكاملة)</numerusform>
            <numerusform>… و%n أخطاء أخرى (شغّل `agora check` للقائمة الكاملة)</numerusform>
            <numerusform>… و%n خطأً آخر (شغّل `agora check` للقائمة الكاملة)</numerusform>
            <numerusform>… و%n خطأ آخر (شغّل `agora check` للقائمة الكاملة)</numerusform>
        </translation>
    </message>
    <message>
        <source>The deck has errors; still showing the last version that loaded</source>
        <translation>في العرض أخطاء؛ ما زالت آخر نسخة حُمّلت معروضة</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Study progress</source>
        <translation>تقدّم الدراسة</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>القسم</translation>
    </message>
    <message>
        <source>Understood</source>
        <translation>مفهومة</translation>
    </message>
    <message>
        <source>Quiz (last answers)</source>
        <translation>الاختبار (آخر الإجابات)</translation>
    </message>
    <message>
        <source>Progress by section</source>
        <translation>التقدّم حسب القسم</translation>
    </message>
</context>
<context>
    <name>ProgressOverlay</name>
    <message>
        <source>Slide progress</source>
        <extracomment>The pill behind text on the slide: dark and opaque enough for white text on any theme.</extracomment>
        <translation>تقدّم الشرائح</translation>
    </message>
    <message>
        <source>Go to slide %1 ↵</source>
        <translation>الانتقال إلى الشريحة %1 ↵</translation>
    </message>
</context>
<context>
    <name>QuizPanel</name>
    <message>
        <source>Quiz scope</source>
        <extracomment>An answer was recorded (the progress view refreshes).</extracomment>
        <translation>نطاق الاختبار</translation>
    </message>
    <message>
        <source>Which questions to practise.</source>
        <translation>الأسئلة التي تريد التدرّب عليها.</translation>
    </message>
    <message>
        <source>&amp;Start quiz</source>
        <translation>&amp;بدء الاختبار</translation>
    </message>
    <message>
        <source>Start a run through the chosen questions.</source>
        <translation>بدء جولة على الأسئلة المختارة.</translation>
    </message>
    <message>
        <source>Choose the questions and press Start.</source>
        <translation>اختر الأسئلة ثم اضغط «بدء الاختبار».</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>إجابتك</translation>
    </message>
    <message>
        <source>Write your answer, then compare it with the model answer.</source>
        <translation>اكتب إجابتك ثم قارنها بالإجابة النموذجية.</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>ت&amp;حقق</translation>
    </message>
    <message>
        <source>Check the chosen answer.</source>
        <translation>التحقق من الإجابة المختارة.</translation>
    </message>
    <message>
        <source>Show &amp;model answer</source>
        <translation>عرض الإجابة ال&amp;نموذجية</translation>
    </message>
    <message>
        <source>Compare your answer with a model answer.</source>
        <translation>مقارنة إجابتك بإجابة نموذجية.</translation>
    </message>
    <message>
        <source>I &amp;had it</source>
        <translation>&amp;عرفتها</translation>
    </message>
    <message>
        <source>Count this open question as right.</source>
        <translation>احتساب هذا السؤال المفتوح صحيحًا.</translation>
    </message>
    <message>
        <source>I &amp;missed it</source>
        <translation>أ&amp;خطأت فيها</translation>
    </message>
    <message>
        <source>Count this open question as wrong.</source>
        <translation>احتساب هذا السؤال المفتوح خاطئًا.</translation>
    </message>
    <message>
        <source>&amp;Next question</source>
        <translation>السؤال ال&amp;تالي</translation>
    </message>
    <message>
        <source>Go on to the next question.</source>
        <translation>الانتقال إلى السؤال التالي.</translation>
    </message>
    <message>
        <source>&amp;Review mistakes</source>
        <translation>&amp;مراجعة الأخطاء</translation>
    </message>
    <message>
        <source>Run again through the questions you missed.</source>
        <translation>المرور مجددًا على الأسئلة التي أخطأت فيها.</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>التقييم</translation>
    </message>
    <message numerus="yes">
        <source>Whole deck (%n questions)</source>
        <translation>
            <numerusform>العرض كاملًا (لا أسئلة)</numerusform>
            <numerusform>العرض كاملًا (سؤال واحد)</numerusform>
            <numerusform>العرض كاملًا (سؤالان)</numerusform>
            <numerusform>العرض كاملًا (%n أسئلة)</numerusform>
            <numerusform>العرض كاملًا (%n سؤالًا)</numerusform>
            <numerusform>العرض كاملًا (%n سؤال)</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an answer first.</source>
        <translation>اختر إجابة أولًا.</translation>
    </message>
    <message>
        <source>Recorded: ✔ right.</source>
        <translation>سُجّلت: ✔ صحيحة.</translation>
    </message>
    <message>
        <source>Recorded: ✘ missed.</source>
        <translation>سُجّلت: ✘ خاطئة.</translation>
    </message>
    <message>
        <source>Model answer:</source>
        <translation>الإجابة النموذجية:</translation>
    </message>
    <message>
        <source>✔ Right.</source>
        <translation>✔ صحيح.</translation>
    </message>
    <message>
        <source>The answer is: %1</source>
        <translation>الإجابة هي: %1</translation>
    </message>
    <message>
        <source>✘ Not quite.</source>
        <translation>✘ ليس تمامًا.</translation>
    </message>
    <message numerus="yes">
        <source>Done: %1 of %n right.</source>
        <translation>
            <numerusform>انتهى: %1 من %n صحيحة.</numerusform>
            <numerusform>انتهى: %1 من %n صحيحة.</numerusform>
            <numerusform>انتهى: %1 من %n صحيحة.</numerusform>
            <numerusform>انتهى: %1 من %n صحيحة.</numerusform>
            <numerusform>انتهى: %1 من %n صحيحة.</numerusform>
            <numerusform>انتهى: %1 من %n صحيحة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to review.</source>
        <translation>
            <numerusform>لا شيء للمراجعة.</numerusform>
            <numerusform>سؤال واحد للمراجعة.</numerusform>
            <numerusform>سؤالان للمراجعة.</numerusform>
            <numerusform>%n أسئلة للمراجعة.</numerusform>
            <numerusform>%n سؤالًا للمراجعة.</numerusform>
            <numerusform>%n سؤال للمراجعة.</numerusform>
        </translation>
    </message>
    <message>
        <source>No mistakes!</source>
        <translation>لا أخطاء!</translation>
    </message>
    <message numerus="yes">
        <source>Question %1 of %n · score %2/%3</source>
        <translation>
            <numerusform>السؤال %1 من %n · النتيجة %2/%3</numerusform>
            <numerusform>السؤال %1 من %n · النتيجة %2/%3</numerusform>
            <numerusform>السؤال %1 من %n · النتيجة %2/%3</numerusform>
            <numerusform>السؤال %1 من %n · النتيجة %2/%3</numerusform>
            <numerusform>السؤال %1 من %n · النتيجة %2/%3</numerusform>
            <numerusform>السؤال %1 من %n · النتيجة %2/%3</numerusform>
        </translation>
    </message>
    <message>
        <source>✔ Right answer:</source>
        <translation>✔ الإجابة الصحيحة:</translation>
    </message>
    <message>
        <source>✘ Your answer:</source>
        <translation>✘ إجابتك:</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <source>Slide picture</source>
        <extracomment>The narrowest width pictures in the text are fitted to, before the pane has its size. The definition (or &quot;&quot;) of the link under the mouse, for the status bar.</extracomment>
        <translation>صورة الشريحة</translation>
    </message>
    <message>
        <source>Slide text and notes</source>
        <translation>نص الشريحة وملاحظاتها</translation>
    </message>
    <message>
        <source>The slide&apos;s full text and the presenter&apos;s notes. Tab moves between linked glossary terms; Enter shows a term&apos;s definition in the Glossary tab.</source>
        <translation>النص الكامل للشريحة وملاحظات المتحدث. ينتقل Tab بين مصطلحات المسرد المرتبطة؛ ويعرض Enter تعريف المصطلح في تبويب «المسرد».</translation>
    </message>
    <message>
        <source>Only the beginning is shown: this text is too long to read here. All of it is in {file}, line {line}, and in the study guide.</source>
        <translation>يُعرض بداية النص فقط: هذا النص أطول من أن يُقرأ هنا. النص كاملًا في {file}، السطر {line}، وفي دليل الدراسة.</translation>
    </message>
</context>
<context>
    <name>RemotePage</name>
    <message>
        <source>Agora remote</source>
        <translation>التحكم عن بُعد في أغورا</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>جارٍ الاتصال…</translation>
    </message>
    <message>
        <source>Asking the presenter&apos;s computer to allow this phone…</source>
        <translation>جارٍ طلب السماح لهذا الهاتف من حاسوب المقدّم…</translation>
    </message>
    <message>
        <source>Ask again</source>
        <translation>اطلب مرة أخرى</translation>
    </message>
    <message>
        <source>Waiting: allow this phone on the presenter&apos;s computer (“Allow this device?”).</source>
        <translation>بانتظار السماح: اسمح لهذا الهاتف على حاسوب المقدّم («السماح لهذا الجهاز؟»).</translation>
    </message>
    <message>
        <source>Waiting for the presenter to allow this phone…</source>
        <translation>بانتظار أن يسمح المقدّم لهذا الهاتف…</translation>
    </message>
    <message>
        <source>The presenter did not allow this phone.</source>
        <translation>لم يسمح المقدّم لهذا الهاتف.</translation>
    </message>
    <message>
        <source>This phone no longer controls the show (revoked on the presenter&apos;s computer).</source>
        <translation>لم يعد هذا الهاتف يتحكم في العرض (أُلغي السماح على حاسوب المقدّم).</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>غير مسموح</translation>
    </message>
    <message>
        <source>This link is no longer valid: scan the code on the console again.</source>
        <translation>لم يعد هذا الرابط صالحًا: امسح الرمز في وضع المقدّم مرة أخرى.</translation>
    </message>
    <message>
        <source>Problem talking to the presenter&apos;s computer; trying again…</source>
        <translation>مشكلة في الاتصال بحاسوب المقدّم؛ جارٍ إعادة المحاولة…</translation>
    </message>
    <message>
        <source>No connection; trying again…</source>
        <translation>لا يوجد اتصال؛ جارٍ إعادة المحاولة…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>متصل</translation>
    </message>
    <message>
        <source>Connection lost; reconnecting…</source>
        <translation>انقطع الاتصال؛ جارٍ إعادة الاتصال…</translation>
    </message>
    <message>
        <source>Slide</source>
        <translation>شريحة</translation>
    </message>
    <message>
        <source>(step %1/%2)</source>
        <extracomment>%1: the build step shown, %2: the slide&apos;s number of steps.</extracomment>
        <translation>(خطوة %1/%2)</translation>
    </message>
    <message>
        <source>Elapsed time</source>
        <translation>الوقت المنقضي</translation>
    </message>
    <message>
        <source>(paused)</source>
        <translation>(متوقف مؤقتًا)</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>القاعة</translation>
    </message>
    <message>
        <source>The slide the room sees; pinch to zoom the room&apos;s view</source>
        <translation>الشريحة التي تراها القاعة؛ اقرص لتكبير عرض القاعة</translation>
    </message>
    <message>
        <source>(zoomed %1×)</source>
        <extracomment>%1: the zoom factor, e.g. 2.</extracomment>
        <translation>(تكبير %1×)</translation>
    </message>
    <message>
        <source>The next slide or build step</source>
        <translation>الشريحة أو الخطوة التالية</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>End of the presentation</source>
        <translation>نهاية العرض</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>No notes for this slide.</source>
        <translation>لا ملاحظات لهذه الشريحة.</translation>
    </message>
    <message>
        <source>Smaller notes text</source>
        <translation>تصغير نص الملاحظات</translation>
    </message>
    <message>
        <source>Larger notes text</source>
        <translation>تكبير نص الملاحظات</translation>
    </message>
    <message>
        <source>Go to slide</source>
        <translation>الانتقال إلى شريحة</translation>
    </message>
    <message>
        <source>Show controls</source>
        <translation>أدوات التحكم في العرض</translation>
    </message>
    <message>
        <source>Black screen</source>
        <translation>شاشة سوداء</translation>
    </message>
    <message>
        <source>Zoom −</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <source>Zoom the room&apos;s view out</source>
        <translation>تصغير عرض القاعة</translation>
    </message>
    <message>
        <source>Zoom +</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <source>Zoom the room&apos;s view in</source>
        <translation>تكبير عرض القاعة</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>السابق</translation>
    </message>
    <message>
        <source>The presenter&apos;s computer refused that (%1)</source>
        <extracomment>%1: the HTTP status the computer answered with (a number).</extracomment>
        <translation>رفض حاسوب المقدّم ذلك (%1)</translation>
    </message>
    <message>
        <source>Not sent: no connection</source>
        <translation>لم يُرسل: لا يوجد اتصال</translation>
    </message>
    <message>
        <source>This page needs JavaScript to control the show.</source>
        <translation>تحتاج هذه الصفحة إلى JavaScript للتحكم في العرض.</translation>
    </message>
</context>
<context>
    <name>RemotePanel</name>
    <message>
        <source>Phone remote</source>
        <translation>التحكم بالهاتف عن بُعد</translation>
    </message>
    <message>
        <source>QR code of the remote&apos;s address</source>
        <translation>رمز QR لعنوان التحكم عن بُعد</translation>
    </message>
    <message>
        <source>Scan this code with your phone, on the same network. You will be asked to allow the phone here before it can control the show.</source>
        <translation>امسح هذا الرمز بهاتفك على الشبكة نفسها. سيُطلب منك هنا السماح للهاتف قبل أن يتمكن من التحكم في العرض.</translation>
    </message>
    <message>
        <source>Remote address</source>
        <translation>عنوان التحكم عن بُعد</translation>
    </message>
    <message>
        <source>Which phone controls the show</source>
        <translation>الهاتف الذي يتحكم في العرض</translation>
    </message>
    <message>
        <source>Revoke phone</source>
        <translation>إلغاء صلاحية الهاتف</translation>
    </message>
    <message>
        <source>Lock the paired phone out</source>
        <translation>منع الهاتف المقترن من التحكم</translation>
    </message>
    <message>
        <source>Stop remote</source>
        <translation>إيقاف التحكم عن بُعد</translation>
    </message>
    <message>
        <source>Stop the phone remote</source>
        <translation>إيقاف التحكم بالهاتف عن بُعد</translation>
    </message>
    <message>
        <source>The remote is off.</source>
        <translation>التحكم عن بُعد متوقف.</translation>
    </message>
    <message>
        <source>Controlled by: %1</source>
        <translation>يتحكم في العرض: %1</translation>
    </message>
    <message>
        <source>No phone controls the show.</source>
        <translation>لا يتحكم أي هاتف في العرض.</translation>
    </message>
    <message>
        <source>Allow this device?</source>
        <translation>السماح لهذا الجهاز؟</translation>
    </message>
    <message>
        <source>A phone (%1) asks to control the show. Allow it?</source>
        <translation>يطلب هاتف (%1) التحكم في العرض. هل تسمح له؟</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>سماح</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>رفض</translation>
    </message>
</context>
<context>
    <name>ResultsCsv</name>
    <message>
        <source>question</source>
        <extracomment>Letters of a session code: no 0/O, 1/I/L, so it can be read off a projector. The port the session last served on: a resumed session takes it again if it can. The CSV&apos;s column headers, for a spreadsheet in the deck&apos;s language.</extracomment>
        <translation>السؤال</translation>
    </message>
    <message>
        <source>prompt</source>
        <translation>نص السؤال</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>الإجابة</translation>
    </message>
    <message>
        <source>count</source>
        <translation>العدد</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search…</source>
        <extracomment>Indexing time per event-loop turn: well inside the 100 ms a window may block. A result was chosen (Enter or click), with the query that found it.</extracomment>
        <translation>بحث…</translation>
    </message>
    <message>
        <source>Search slides, notes, arguments and glossary</source>
        <translation>البحث في الشرائح والملاحظات والحجج والمسرد</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>All words must match. Enter opens the first result, Down moves to the list, Escape closes the search.</source>
        <translation>يجب أن تطابق كل الكلمات. يفتح Enter النتيجة الأولى، وينقل السهم لأسفل إلى القائمة، ويغلق Esc البحث.</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>نتائج البحث</translation>
    </message>
    <message>
        <source>Slide %1: %2</source>
        <translation>الشريحة %1: %2</translation>
    </message>
    <message>
        <source>Argument: %1</source>
        <translation>الحجة: %1</translation>
    </message>
    <message>
        <source>Glossary: %1</source>
        <translation>المسرد: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n results</source>
        <translation>
            <numerusform>لا نتائج</numerusform>
            <numerusform>نتيجة واحدة</numerusform>
            <numerusform>نتيجتان</numerusform>
            <numerusform>%n نتائج</numerusform>
            <numerusform>%n نتيجة</numerusform>
            <numerusform>%n نتيجة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Slide</name>
    <message>
        <source>Side by side</source>
        <extracomment>Where the grid (side headers, then rows) starts on the canvas. Opacity of rows outside the focused one, and of cards the filters leave out.</extracomment>
        <translation>جنبًا إلى جنب</translation>
    </message>
    <message>
        <source>Middle ground</source>
        <translation>حل وسط</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>يردّ</translation>
    </message>
    <message>
        <source>in tension</source>
        <translation>في توتر</translation>
    </message>
    <message>
        <source>Vote</source>
        <extracomment>Width of the text column of an argument slide; the pictogram panel takes the rest.</extracomment>
        <translation>تصويت</translation>
    </message>
    <message>
        <source>FOR</source>
        <translation>مع</translation>
    </message>
    <message>
        <source>UNDECIDED</source>
        <translation>متردد</translation>
    </message>
    <message>
        <source>AGAINST</source>
        <translation>ضد</translation>
    </message>
    <message>
        <source>not sure yet</source>
        <translation>لست متأكدًا بعد</translation>
    </message>
    <message>
        <source>DISCUSS</source>
        <translation>ناقشوا</translation>
    </message>
    <message>
        <source>CHECK YOURSELF</source>
        <translation>اختبر نفسك</translation>
    </message>
    <message>
        <source>MODEL ANSWER</source>
        <translation>الإجابة النموذجية</translation>
    </message>
    <message>
        <source>Think, then share with a neighbour.</source>
        <translation>فكّر، ثم شارك زميلك.</translation>
    </message>
    <message>
        <source>**Why:** %1</source>
        <translation>**السبب:** %1</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>صحيح</translation>
    </message>
    <message>
        <source>PART %1</source>
        <translation>الجزء %1</translation>
    </message>
</context>
<context>
    <name>SlideAccessible</name>
    <message>
        <source>Points</source>
        <translation>النقاط</translation>
    </message>
</context>
<context>
    <name>SlideReading</name>
    <message>
        <source>Slide {number} of {count}: {title}</source>
        <extracomment>The translation context of the phrases (`views.slide_access.phrases` looks them up there); the `N` calls below spell it out, since pyside6-lupdate reads only literals.</extracomment>
        <translation>الشريحة {number} من {count}: {title}</translation>
    </message>
    <message>
        <source>Image: {alt}</source>
        <translation>صورة: {alt}</translation>
    </message>
    <message>
        <source>Discuss</source>
        <translation>ناقشوا</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>الخيارات</translation>
    </message>
    <message>
        <source>{choice} (correct)</source>
        <translation>{choice} (صحيح)</translation>
    </message>
    <message>
        <source>Answer: {choice}</source>
        <translation>الإجابة: {choice}</translation>
    </message>
    <message>
        <source>Model answer: {text}</source>
        <translation>الإجابة النموذجية: {text}</translation>
    </message>
    <message>
        <source>Why: {text}</source>
        <translation>السبب: {text}</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>التصويت</translation>
    </message>
    <message>
        <source>For: {side}</source>
        <translation>مع: {side}</translation>
    </message>
    <message>
        <source>Against: {side}</source>
        <translation>ضد: {side}</translation>
    </message>
    <message>
        <source>Undecided: not sure yet</source>
        <translation>متردد: لست متأكدًا بعد</translation>
    </message>
</context>
<context>
    <name>StoreBanner</name>
    <message>
        <source>Study data not saved</source>
        <extracomment>Dark text on pale amber, as the deck-problem banner (contrast &gt; 10:1).</extracomment>
        <translation>لم تُحفظ بيانات الدراسة</translation>
    </message>
    <message>
        <source>another program is using your study data</source>
        <translation>برنامج آخر يستخدم بيانات دراستك</translation>
    </message>
    <message>
        <source>the data folder cannot be written</source>
        <translation>لا يمكن الكتابة في مجلد البيانات</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>القرص ممتلئ</translation>
    </message>
    <message>
        <source>the study file cannot be written</source>
        <translation>لا يمكن الكتابة في ملف الدراسة</translation>
    </message>
    <message>
        <source>⚠ Read-only: {reason}. Everything saved before is kept and shown, but new notes, marks and quiz answers are not saved until Agora is started again. ({path})</source>
        <translation>⚠ للقراءة فقط: {reason}. كل ما حُفظ سابقًا باقٍ ومعروض، لكن الملاحظات والعلامات وإجابات الاختبار الجديدة لن تُحفظ حتى يُشغَّل Agora من جديد. ({path})</translation>
    </message>
</context>
<context>
    <name>StudentPage</name>
    <message>
        <source>Agora class session</source>
        <translation>جلسة الصف في أغورا</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>جارٍ الاتصال…</translation>
    </message>
    <message>
        <source>Connection lost. Trying again…</source>
        <translation>انقطع الاتصال. جارٍ إعادة المحاولة…</translation>
    </message>
    <message>
        <source>Waiting for the next question.</source>
        <translation>في انتظار السؤال التالي.</translation>
    </message>
    <message>
        <source>Choose your answer and send it. You can change it until the question closes.</source>
        <translation>اختر إجابتك وأرسلها. يمكنك تغييرها حتى يُغلق السؤال.</translation>
    </message>
    <message>
        <source>This question is closed.</source>
        <translation>هذا السؤال مغلق.</translation>
    </message>
    <message>
        <source>Send answer</source>
        <translation>إرسال الإجابة</translation>
    </message>
    <message>
        <source>Change answer</source>
        <translation>تغيير الإجابة</translation>
    </message>
    <message>
        <source>Answer saved.</source>
        <translation>حُفظت الإجابة.</translation>
    </message>
    <message>
        <source>Not saved (error %1).</source>
        <extracomment>%1: the HTTP status of a refused answer (a number).</extracomment>
        <translation>لم تُحفظ (خطأ %1).</translation>
    </message>
    <message>
        <source>The motion: %1</source>
        <extracomment>%1: the motion&apos;s own text, from the deck.</extracomment>
        <translation>موضوع المناظرة: %1</translation>
    </message>
    <message>
        <source>For</source>
        <translation>مع</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>ضد</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>متردد</translation>
    </message>
    <message>
        <source>Which argument convinces you more? (%1)</source>
        <extracomment>%1: the comparison row&apos;s title, from the deck.</extracomment>
        <translation>أي الحجتين أقنع لك؟ (%1)</translation>
    </message>
    <message>
        <source>Correct answer</source>
        <translation>الإجابة الصحيحة</translation>
    </message>
    <message>
        <source>Characters left: %1</source>
        <extracomment>%1: a number; a label, so no plural forms are needed.</extracomment>
        <translation>الأحرف المتبقية: %1</translation>
    </message>
    <message>
        <source>Many answers at once. Trying again…</source>
        <translation>إجابات كثيرة في وقت واحد. جارٍ إعادة المحاولة…</translation>
    </message>
    <message>
        <source>This page needs JavaScript to send your answer.</source>
        <translation>تحتاج هذه الصفحة إلى JavaScript لإرسال إجابتك.</translation>
    </message>
</context>
<context>
    <name>StudyGuide</name>
    <message>
        <source>★ Bookmarked</source>
        <extracomment>What Markdown would read as markup in a student&apos;s own words.</extracomment>
        <translation>★ عليها علامة</translation>
    </message>
    <message>
        <source>✓ Understood</source>
        <translation>✓ مفهومة</translation>
    </message>
    <message>
        <source>Quiz results</source>
        <translation>نتائج الاختبار</translation>
    </message>
    <message>
        <source>✎ My notes</source>
        <translation>✎ ملاحظاتي</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>القسم</translation>
    </message>
    <message>
        <source>Understood</source>
        <translation>مفهومة</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>الاختبار</translation>
    </message>
    <message>
        <source>Questions last answered right: %1 of %2</source>
        <translation>الأسئلة المُجاب عنها صحيحًا آخر مرة: %1 من %2</translation>
    </message>
    <message>
        <source>Question by question</source>
        <translation>سؤالًا سؤالًا</translation>
    </message>
    <message>
        <source>not answered yet</source>
        <translation>لم يُجب عنه بعد</translation>
    </message>
    <message>
        <source>✔ right</source>
        <translation>✔ صحيحة</translation>
    </message>
    <message>
        <source>✘ to review</source>
        <translation>✘ للمراجعة</translation>
    </message>
</context>
<context>
    <name>StudyPage</name>
    <message>
        <source>Section: %1</source>
        <extracomment>(context, English text) → the text in some language.</extracomment>
        <translation>القسم: %1</translation>
    </message>
    <message>
        <source>Presenter&apos;s notes</source>
        <translation>ملاحظات المتحدث</translation>
    </message>
    <message>
        <source>Quiz: %1</source>
        <translation>اختبار: %1</translation>
    </message>
    <message>
        <source>Image: %1</source>
        <translation>صورة: %1</translation>
    </message>
    <message>
        <source>Pictogram: %1</source>
        <translation>الرمز التصويري: %1</translation>
    </message>
    <message>
        <source>From %1 to %2, with the middle ground between:</source>
        <translation>من %1 إلى %2، والحل الوسط بينهما:</translation>
    </message>
    <message>
        <source>Motion: %1</source>
        <translation>موضوع المناظرة: %1</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>مع: %1</translation>
    </message>
    <message>
        <source>Against: %1</source>
        <translation>ضد: %1</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>متردد</translation>
    </message>
    <message>
        <source>Question: %1</source>
        <translation>السؤال: %1</translation>
    </message>
    <message>
        <source>Check your answer in the Quiz tab.</source>
        <translation>تحقق من إجابتك في تبويب «الاختبار».</translation>
    </message>
</context>
<context>
    <name>StudyWindow</name>
    <message>
        <source>Study panels</source>
        <extracomment>The deck the study store belongs to: another deck opened in the state ends this window.</extracomment>
        <translation>لوحات الدراسة</translation>
    </message>
    <message>
        <source>&amp;Glossary</source>
        <translation>ال&amp;مسرد</translation>
    </message>
    <message>
        <source>My &amp;notes</source>
        <translation>م&amp;لاحظاتي</translation>
    </message>
    <message>
        <source>&amp;Quiz</source>
        <translation>الا&amp;ختبار</translation>
    </message>
    <message>
        <source>%1 — Agora study</source>
        <translation>%1 — وضع الدراسة في Agora</translation>
    </message>
    <message>
        <source>Slide %1 of %2: %3</source>
        <translation>الشريحة %1 من %2: %3</translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation>وُضعت العلامة</translation>
    </message>
    <message>
        <source>Bookmark removed</source>
        <translation>أُزيلت العلامة</translation>
    </message>
    <message>
        <source>Marked as understood</source>
        <translation>عُلّمت بأنها مفهومة</translation>
    </message>
    <message>
        <source>No longer marked as understood</source>
        <translation>لم تعد معلّمة بأنها مفهومة</translation>
    </message>
    <message>
        <source>★ &amp;Bookmarked</source>
        <translation>★ عليها &amp;علامة</translation>
    </message>
    <message>
        <source>☆ &amp;Bookmark</source>
        <translation>☆ &amp;علامة</translation>
    </message>
    <message>
        <source>✓ &amp;Understood</source>
        <translation>✓ &amp;مفهومة</translation>
    </message>
    <message>
        <source>○ Mark &amp;understood</source>
        <translation>○ تعليم بأنها &amp;مفهومة</translation>
    </message>
    <message>
        <source>Export study guide</source>
        <translation>تصدير دليل الدراسة</translation>
    </message>
    <message>
        <source>Study guide export cancelled; nothing was changed.</source>
        <translation>أُلغي تصدير دليل الدراسة؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Study data</source>
        <translation>بيانات الدراسة</translation>
    </message>
    <message>
        <source>Your study data in %1 was written by a newer version of Agora (schema %2, this version knows %3).</source>
        <translation>كتب إصدار أحدث من Agora بيانات دراستك في %1 (المخطط %2، وهذا الإصدار يعرف %3).</translation>
    </message>
    <message>
        <source>Your study data in %1 is damaged (%2).</source>
        <translation>بيانات دراستك في %1 تالفة (%2).</translation>
    </message>
    <message>
        <source>It was kept as %1 and a new, empty study file was started.</source>
        <translation>حُفظت باسم %1 وبدأ ملف دراسة جديد فارغ.</translation>
    </message>
    <message>
        <source>It was left as it is, and study mode is read-only for now.</source>
        <translation>تُركت كما هي، ووضع الدراسة للقراءة فقط حاليًا.</translation>
    </message>
    <message>
        <source>Study tools</source>
        <translation>أدوات الدراسة</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>السمة</translation>
    </message>
</context>
<context>
    <name>SubControls</name>
    <message>
        <source>Options</source>
        <translation>خيارات</translation>
    </message>
    <message>
        <source>Choices for {0}</source>
        <translation>اختيارات {0}</translation>
    </message>
    <message>
        <source>text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Clear {0}</source>
        <translation>امسح {0}</translation>
    </message>
    <message>
        <source>More {0}</source>
        <translation>المزيد من {0}</translation>
    </message>
    <message>
        <source>tools</source>
        <translation>الأدوات</translation>
    </message>
</context>
<context>
    <name>TalkStatus</name>
    <message>
        <source>Slide counter</source>
        <translation>عدّاد الشرائح</translation>
    </message>
    <message>
        <source>Elapsed time</source>
        <translation>الوقت المنقضي</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>الإيقاع</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>الوقت المتبقي</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>الساعة</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>%1: the slide shown; %2: how many slides. Right-to-left languages start with an RLM mark, so the numbers read in the console&apos;s direction even with no word beside them.</extracomment>
        <translation>‏%1 / %2</translation>
    </message>
    <message>
        <source>%1   step %2/%3</source>
        <extracomment>%1: the slide counter (&quot;3 / 12&quot;); %2/%3: the build step of the slide&apos;s steps.</extracomment>
        <translation>%1   مرحلة الظهور %2/%3</translation>
    </message>
    <message>
        <source>%1  (paused)</source>
        <translation>%1  (متوقف مؤقتًا)</translation>
    </message>
</context>
<context>
    <name>ThumbnailModel</name>
    <message>
        <source>Slide {0}: {1}</source>
        <translation>الشريحة {0}: {1}</translation>
    </message>
</context>
<context>
    <name>ThumbnailStrip</name>
    <message>
        <source>Slide thumbnails</source>
        <translation>الصور المصغّرة للشرائح</translation>
    </message>
</context>
<context>
    <name>TimeWords</name>
    <message numerus="yes">
        <source>%n min ahead</source>
        <translation>
            <numerusform>متقدّم بـ %n دقيقة</numerusform>
            <numerusform>متقدّم بدقيقة</numerusform>
            <numerusform>متقدّم بدقيقتين</numerusform>
            <numerusform>متقدّم بـ %n دقائق</numerusform>
            <numerusform>متقدّم بـ %n دقيقةً</numerusform>
            <numerusform>متقدّم بـ %n دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min behind</source>
        <translation>
            <numerusform>متأخر بـ %n دقيقة</numerusform>
            <numerusform>متأخر بدقيقة</numerusform>
            <numerusform>متأخر بدقيقتين</numerusform>
            <numerusform>متأخر بـ %n دقائق</numerusform>
            <numerusform>متأخر بـ %n دقيقةً</numerusform>
            <numerusform>متأخر بـ %n دقيقة</numerusform>
        </translation>
    </message>
    <message>
        <source>On time</source>
        <translation>في الموعد</translation>
    </message>
    <message>
        <source>No time plan</source>
        <translation>لا خطة زمنية</translation>
    </message>
    <message>
        <source>No duration set</source>
        <translation>لم تُحدَّد مدة</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>متبقٍّ %1</translation>
    </message>
    <message>
        <source>%1 over</source>
        <translation>تجاوز بـ %1</translation>
    </message>
</context>
<context>
    <name>_HiddenLines</name>
    <message numerus="yes">
        <source>%n more not shown here</source>
        <translation>
            <numerusform>لا شيء آخر</numerusform>
            <numerusform>خطأ آخر غير معروض هنا</numerusform>
            <numerusform>خطآن آخران غير معروضين هنا</numerusform>
            <numerusform>%n أخطاء أخرى غير معروضة هنا</numerusform>
            <numerusform>%n خطأً آخر غير معروض هنا</numerusform>
            <numerusform>%n خطأ آخر غير معروض هنا</numerusform>
        </translation>
    </message>
</context>
</TS>
