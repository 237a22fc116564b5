"""Events, meetings, forms, shops, regional business tools and spreadsheets: one spec each.

`source` says where each header's spelling was read (a file in the public code
corpus, with its id) or "recalled" when no copy was found to check it against.
"""

from CSVProcessor.tests.exports.builders import Shape, expect

# fmt: off
SHAPES = [
    Shape(
        name="eventbrite-attendees",
        product="Eventbrite",
        language="en",
        source="Eventbrite attendee summary export (code corpus id 71598756326)",
        header=("Order #", "Order Date", "First Name", "Last Name", "Email", "Quantity", "Ticket Type", "Attendee #", "Barcode #", "Attendee Status", "Cell Phone"),
        rows=(
            ("1001", "2026-09-20", "Aarti", "Shah", "aarti@example.com", "1", "VIP", "5001", "500110001", "Attending", ""),
            ("1002", "2026-09-21", "Bina", "Rao", "bina@example.com", "1", "Early bird", "5002", "500210002", "Attending", ""),
        ),
        people=(("Aarti Shah", "aarti@example.com"), ("Bina Rao", "bina@example.com")),
        known=(),  # the column is empty on every row
    ),
    Shape(
        name="zoom-participants",
        product="Zoom",
        language="en",
        source="Zoom meeting participants report with its meeting block (code corpus id 70078372406)",
        preamble=(
            ("Meeting ID", "Topic", "Start Time", "End Time", "User Email", "Duration (Minutes)", "Participants"),
            ("812 3456 7890", "BIO 101 Evening", "10/05/2026 05:55:00 PM", "10/05/2026 07:00:00 PM", "host@example.edu", "65", "3"),
            (),
        ),
        header=("Name (Original Name)", "User Email", "Join Time", "Leave Time", "Duration (Minutes)", "Guest"),
        rows=(
            ("Diego Gomez (TA)", "dgomez@example.edu", "10/05/2026 05:55:00 PM", "10/05/2026 07:00:00 PM", "65", "No"),
            ("Ana Maria Lopez", "ana.lopez@example.edu", "10/05/2026 06:10:00 PM", "10/05/2026 06:40:00 PM", "30", "No"),
            ("Wei Chen", "wei.chen@example.edu", "10/05/2026 06:12:00 PM", "10/05/2026 06:58:00 PM", "46", "Yes"),
        ),
        people=(
            ("Diego Gomez (TA)", "dgomez@example.edu"),
            ("Ana Maria Lopez", "ana.lopez@example.edu"),
            ("Wei Chen", "wei.chen@example.edu"),
        ),
        encoding="utf-8-sig",
        notes="the meeting block's own header names an email column (the host's address)",
    ),
    Shape(
        name="zoom-participants-ja",
        product="Zoom",
        language="ja",
        source="Zoom participants report from a Japanese account (recalled)",
        preamble=(
            ("ミーティングID", "トピック", "開始時刻", "終了時刻", "ユーザーのメール", "時間(分)", "参加者"),
            ("812 3456 7890", "定例会議", "2026/12/01 10:00:00", "2026/12/01 11:00:00", "host@example.jp", "60", "2"),
            (),
        ),
        header=("名前(元の名前)", "ユーザーのメール", "参加時刻", "退出時刻", "時間(分)", "ゲスト"),
        rows=(
            ("山田 太郎", "taro@example.jp", "2026/12/01 10:00:00", "2026/12/01 11:00:00", "60", "いいえ"),
            ("佐藤 花子", "hanako@example.jp", "2026/12/01 10:05:00", "2026/12/01 10:55:00", "50", "いいえ"),
        ),
        people=(("山田 太郎", "taro@example.jp"), ("佐藤 花子", "hanako@example.jp")),
        encoding="utf-8-sig",
    ),
    Shape(
        name="zoom-webinar-attendees",
        product="Zoom",
        language="en",
        source="Zoom webinar attendee report: Host, Panelist, then Attendee Details sections (recalled)",
        preamble=(
            ("Attendee Report",),
            ("Report Generated:", "12/01/2026 10:00 AM"),
            ("Topic", "Webinar ID", "Actual Start Time", "Actual Duration (minutes)", "# Registered", "Unique Viewers"),
            ("Product launch", "912 3456 7890", "12/01/2026 09:00:00 AM", "60", "3", "2"),
            ("Host Details",),
            ("Attended", "User Name (Original Name)", "Email", "Join Time", "Leave Time", "Time in Session (minutes)", "Is Guest"),
            ("Yes", "Hana Host", "hana.host@example.com", "12/01/2026 08:55:00 AM", "12/01/2026 10:00:00 AM", "65", "No"),
            ("Panelist Details",),
            ("Attended", "User Name (Original Name)", "Email", "Join Time", "Leave Time", "Time in Session (minutes)", "Is Guest"),
            ("Yes", "Pat Panel", "pat.panel@example.com", "12/01/2026 08:58:00 AM", "12/01/2026 10:00:00 AM", "62", "No"),
            ("Attendee Details",),
        ),
        header=("Attended", "User Name (Original Name)", "First Name", "Last Name", "Email", "Registration Time", "Approval Status", "Join Time", "Leave Time", "Time in Session (minutes)", "Is Guest", "Country/Region Name"),
        rows=(
            ("Yes", "Ana", "Ana", "Silva", "ana.silva@example.com", "11/30/2026 10:00:00 AM", "approved", "12/01/2026 09:01:00 AM", "12/01/2026 09:59:00 AM", "58", "Yes", "Brazil"),
            ("Yes", "bo.li@example.com", "Bo", "Li", "bo.li@example.com", "11/30/2026 11:00:00 AM", "approved", "12/01/2026 09:03:00 AM", "12/01/2026 09:40:00 AM", "37", "Yes", "China"),
        ),
        people=(("Ana Silva", "ana.silva@example.com"), ("Bo Li", "bo.li@example.com")),
        notes="an attendee report: the attendees' table comes after the host's and panelists'; "
        "a display name that is an address is not a name, and a display name that is only "
        "the given name is less than First + Last",
    ),
    Shape(
        name="teams-attendance",
        product="Microsoft Teams",
        language="en",
        source="Teams attendance report: UTF-16, tabs, three sections (code corpus ids 40164692495, 6749955045)",
        preamble=(
            ("1. Summary",),
            ("Meeting title", "Weekly sync"),
            ("Attended participants", "2"),
            ("Start time", "11/26/25, 4:16:54 PM"),
            ("End time", "11/26/25, 4:18:08 PM"),
            ("Meeting duration", "1m 14s"),
            (),
            ("2. Participants",),
        ),
        header=("Name", "First Join", "Last Leave", "In-Meeting Duration", "Email", "Participant ID (UPN)", "Role"),
        rows=(
            ("John Doe", "11/26/25, 4:16:55 PM", "11/26/25, 4:18:08 PM", "1m 13s", "john@example.com", "john@example.com", "Organizer"),
            ("Jane Smith", "11/26/25, 4:17:00 PM", "11/26/25, 4:18:05 PM", "1m 5s", "jane@example.com", "jane@example.com", "Attendee"),
        ),
        footer=(
            (),
            ("3. In-Meeting Activities",),
            ("Name", "Join Time", "Leave Time", "Duration", "Email", "Role"),
            ("John Doe", "11/26/25, 4:16:55 PM", "11/26/25, 4:18:08 PM", "1m 13s", "john@example.com", "Organizer"),
            ("Jane Smith", "11/26/25, 4:17:00 PM", "11/26/25, 4:18:05 PM", "1m 5s", "jane@example.com", "Attendee"),
        ),
        people=(("John Doe", "john@example.com"), ("Jane Smith", "jane@example.com")),
        encoding="utf-16",
        delimiter="\t",
        notes="a summary block before the table and a second section after it",
    ),
    Shape(
        name="google-forms-en",
        product="Google Forms",
        language="en",
        source="Google Forms responses CSV collecting emails: Timestamp, Email Address (code corpus ids 71031825236, 10747721081)",
        header=("Timestamp", "Email Address", "Full name (as printed on your badge)", "Company", "Dietary requirements"),
        rows=(
            ("2026/12/01 10:02:11 AM GMT+1", "sam@example.org", "Sam Taylor", "Acme", "None"),
            ("2026/12/01 10:05:43 AM GMT+1", "alex@example.org", "Alex Morgan", "", "Vegan"),
        ),
        people=(("Sam Taylor", "sam@example.org"), ("Alex Morgan", "alex@example.org")),
        quote_all=True,
        known=(
            expect("sam@example.org", company="Acme"),
        ),
    ),
    Shape(
        name="google-forms-es",
        product="Google Forms",
        language="es",
        source="Google Forms responses, Spanish form (recalled)",
        header=("Marca temporal", "Dirección de correo electrónico", "Nombre y apellidos", "Empresa"),
        rows=(("1/12/2026 10:02:11", "lucia@example.es", "Lucía Fernández", "Acme"),),
        people=(("Lucía Fernández", "lucia@example.es"),),
        quote_all=True,
        known=(
            expect("lucia@example.es", company="Acme"),
        ),
    ),
    Shape(
        name="google-forms-de",
        product="Google Forms",
        language="de",
        source="Google Forms responses, German form (recalled)",
        header=("Zeitstempel", "E-Mail-Adresse", "Vollständiger Name", "Firma"),
        rows=(("01.12.2026 10:02:11", "lena@example.de", "Lena Schröder", "Acme GmbH"),),
        people=(("Lena Schröder", "lena@example.de"),),
        quote_all=True,
        known=(
            expect("lena@example.de", company="Acme GmbH"),
        ),
    ),
    Shape(
        name="typeform",
        product="Typeform",
        language="en",
        source="Typeform responses: question texts, #, Start/Submit Date (UTC), Network ID (code corpus id 33221789833)",
        header=("#", "What's your first name?", "And your last name?", "Where can we reach you?", "Start Date (UTC)", "Submit Date (UTC)", "Network ID"),
        rows=(
            ("abc123", "Noor", "Haddad", "noor@example.org", "2026-12-01 09:00:00", "2026-12-01 09:02:00", "n1"),
            ("def456", "Omar", "Aziz", "omar@example.org", "2026-12-01 09:10:00", "2026-12-01 09:12:00", "n2"),
        ),
        people=(("Noor Haddad", "noor@example.org"), ("Omar Aziz", "omar@example.org")),
        notes="no header names an email column: the addresses are the evidence",
    ),
    Shape(
        name="surveymonkey",
        product="SurveyMonkey",
        language="en",
        source="SurveyMonkey responses CSV, two header rows (code corpus ids 22151232832, 57121412904, 51915335804)",
        header=("Respondent ID", "Collector ID", "Start Date", "End Date", "IP Address", "Email Address", "First Name", "Last Name", "How did you hear about us?"),
        rows=(
            ("", "", "", "", "", "", "", "", "Response"),
            ("114", "405", "12/01/2026 09:00:00", "12/01/2026 09:03:00", "", "kate@example.com", "Kate", "Hill", "Friend"),
            ("115", "405", "12/01/2026 09:05:00", "12/01/2026 09:07:00", "", "liam@example.com", "Liam", "Ward", "Ad"),
        ),
        people=(("Kate Hill", "kate@example.com"), ("Liam Ward", "liam@example.com")),
        notes="the second header row (Response) is not a person",
    ),
    Shape(
        name="ms-forms",
        product="Microsoft Forms",
        language="en",
        source="Microsoft Forms responses: ID, Start time, Completion time, Email, Name (code corpus ids 68842120113, 71103077507)",
        header=("ID", "Start time", "Completion time", "Email", "Name", "Your department"),
        rows=(
            ("1", "12/1/26 9:00:00", "12/1/26 9:02:00", "mia@example.com", "Mia Wong", "Sales"),
            ("2", "12/1/26 9:05:00", "12/1/26 9:06:00", "anonymous", "", "IT"),
        ),
        people=(("Mia Wong", "mia@example.com"),),
        kind="xlsx",
        suffix=".xlsx",
    ),
    Shape(
        name="calendly",
        product="Calendly",
        language="en",
        source="Calendly scheduled events export (recalled)",
        header=("Invitee Name", "Invitee First Name", "Invitee Last Name", "Invitee Email", "Text Reminder Number", "Event Type Name", "Start Date & Time", "Canceled"),
        rows=(
            ("Nina Patel", "Nina", "Patel", "nina@example.com", "", "30 Minute Meeting", "2026-12-02 10:00", "false"),
        ),
        people=(("Nina Patel", "nina@example.com"),),
        known=(),  # the column is empty on every row
    ),
    Shape(
        name="shopify-customers",
        product="Shopify",
        language="en",
        source="Shopify customers export (code corpus ids 54051574921, 31375379896)",
        header=("Customer ID", "First Name", "Last Name", "Email", "Accepts Email Marketing", "Default Address Company", "Default Address Address1", "Default Address City", "Default Address Country Code", "Phone", "Accepts SMS Marketing", "Total Spent", "Total Orders", "Note", "Tax Exempt", "Tags"),
        rows=(
            ("'7012345678901", "Olivia", "Martin", "olivia@example.com", "yes", "Acme Ltd", "1 Main St", "Leeds", "GB", "", "no", "120.00", "2", "", "no", ""),
            ("'7012345678902", "Noah", "Roux", "noah@example.fr", "no", "", "", "Lyon", "FR", "", "no", "0.00", "0", "", "no", "vip"),
        ),
        people=(("Olivia Martin", "olivia@example.com"), ("Noah Roux", "noah@example.fr")),
        known=(
            expect("olivia@example.com", company="Acme Ltd"),
        ),
    ),
    Shape(
        name="woocommerce-customers",
        product="WooCommerce",
        language="en",
        source="WooCommerce Customers report download (recalled)",
        header=("Name", "Username", "Last active", "Date registered", "Email", "Orders", "Total spend", "AOV", "Country / Region", "City", "Region", "Postal code"),
        rows=(
            ("Sofia Rossi", "sofia_r", "2026-11-30", "2025-02-01", "sofia@example.it", "3", "89.00", "29.67", "IT", "Roma", "RM", "00100"),
        ),
        people=(("Sofia Rossi", "sofia@example.it"),),
    ),
    Shape(
        name="stripe-customers",
        product="Stripe",
        language="en",
        source="Stripe customers export (recalled)",
        header=("id", "Description", "Email", "Name", "Created (UTC)", "Card ID", "Card Last4", "Card Brand", "Delinquent", "Plan", "Status"),
        rows=(
            ("cus_P1", "Acme Corp account", "liu.yang@example.com", "Liu Yang", "2026-11-01 10:00", "card_1", "4242", "Visa", "false", "pro", "active"),
        ),
        people=(("Liu Yang", "liu.yang@example.com"),),
    ),
    Shape(
        name="bitrix24-ru",
        product="Bitrix24",
        language="ru",
        source="Bitrix24 CRM export: Рабочий телефон, Рабочий e-mail (code corpus id 71611261360); cp1251 and ';' recalled",
        header=("ID", "Обращение", "Имя", "Отчество", "Фамилия", "Должность", "Компания", "Рабочий телефон", "Рабочий e-mail", "Частный e-mail"),
        rows=(
            ("11", "г-н", "Алексей", "", "Волков", "Директор", "ООО Ромашка", "", "volkov@example.ru", ""),
            ("12", "г-жа", "Ольга", "", "Соколова", "", "", "", "", "olga@example.ru"),
        ),
        people=(("Алексей Волков", "volkov@example.ru"), ("Ольга Соколова", "olga@example.ru")),
        encoding="cp1251",
        delimiter=";",
        known=(
            expect("volkov@example.ru", company="ООО Ромашка", job_title="Директор"),
        ),
    ),
    Shape(
        name="1c-contacts-ru",
        product="1C:Enterprise",
        language="ru",
        source="1C list saved as CSV: ФИО, Электронная почта, windows-1251, ';' (recalled)",
        header=("Наименование", "ФИО", "Должность", "Электронная почта", "Телефон"),
        rows=(("ООО Ромашка", "Петров Пётр Петрович", "Бухгалтер", "petrov@example.ru", ""),),
        people=(("Петров Пётр Петрович", "petrov@example.ru"),),
        encoding="cp1251",
        delimiter=";",
        notes="Наименование is the counterparty (a company), ФИО the person",
        known=(
            expect("petrov@example.ru", company="ООО Ромашка", job_title="Бухгалтер"),
        ),
    ),
    Shape(
        name="kintone-ja",
        product="kintone",
        language="ja",
        source="kintone record export (CSV, Shift_JIS by default; field names are the app's) (recalled)",
        header=("レコード番号", "氏名", "ふりがな", "会社名", "メールアドレス", "電話番号"),
        rows=(
            ("1", "山田 太郎", "やまだ たろう", "アクメ株式会社", "yamada@example.jp", "03-0000-0000"),
            ("2", "鈴木 一郎", "すずき いちろう", "", "suzuki@example.jp", ""),
        ),
        people=(("山田 太郎", "yamada@example.jp"), ("鈴木 一郎", "suzuki@example.jp")),
        encoding="cp932",
        known=(
            expect("yamada@example.jp", phone="03-0000-0000", company="アクメ株式会社"),
        ),
    ),
    Shape(
        name="sansan-ja",
        product="Sansan",
        language="ja",
        source="Sansan business-card data export (CSV, Shift_JIS) (recalled)",
        header=("会社名", "部署名", "役職", "姓", "名", "メールアドレス", "TEL会社", "携帯電話"),
        rows=(("アクメ株式会社", "営業部", "部長", "高橋", "健", "takahashi@example.jp", "", ""),),
        people=(("高橋 健", "takahashi@example.jp"),),
        encoding="cp932",
        notes="姓 (family) comes before 名 (given); the name is family first",
        known=(
            expect("takahashi@example.jp", company="アクメ株式会社", job_title="部長"),
        ),
    ),
    Shape(
        name="dingtalk-zh",
        product="DingTalk",
        language="zh",
        source="DingTalk address book export workbook (recalled)",
        header=("姓名", "工号", "职位", "部门", "手机", "邮箱"),
        rows=(
            ("王伟", "1001", "工程师", "研发部", "13800000000", "wang.wei@example.cn"),
            ("李芳", "1002", "经理", "市场部", "13900000000", "li.fang@example.cn"),
        ),
        people=(("王伟", "wang.wei@example.cn"), ("李芳", "li.fang@example.cn")),
        kind="xlsx",
        suffix=".xlsx",
        known=(
            expect("wang.wei@example.cn", phone="13800000000", job_title="工程师"),
            expect("li.fang@example.cn", phone="13900000000", job_title="经理"),
        ),
    ),
]
# fmt: on
