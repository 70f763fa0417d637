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
        <source>Not shown here: %1</source>
        <translation>غير معروضة هنا: %1</translation>
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
    <name>Commands</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
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
        <source>Slide %1 of %2</source>
        <translation>الشريحة %1 من %2</translation>
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
        <source>Add the class p&amp;oll page when votes were recorded</source>
        <translation>إضافة صفحة &amp;تصويت الصف عند تسجيل أصوات</translation>
    </message>
    <message>
        <source>Include class poll</source>
        <translation>تضمين تصويت الصف</translation>
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
        <extracomment>Thumbnail widths are rounded to this, so resizing the window re-renders rarely. The image of this slide index is now available.</extracomment>
        <translation>الشريحة %1 من %2: %3، معروضة الآن</translation>
    </message>
    <message>
        <source>Slide %1 of %2: %3</source>
        <translation>الشريحة %1 من %2: %3</translation>
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
</TS>
