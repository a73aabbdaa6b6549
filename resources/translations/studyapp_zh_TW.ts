<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_TW">
<context>
    <name>AnkiImportDialog</name>
    <message>
        <source>Bring progress back from Anki</source>
        <translation>從 Anki 帶回學習進度</translation>
    </message>
    <message>
        <source>Bring back the reviews you made in Anki (for example on AnkiDroid) of the cards studyapp exported. In Anki, choose File › Export, “Anki Deck Package (*.apkg)” with “Include scheduling information” ticked; or choose Anki's collection file (collection.anki2 in Anki's profile folder) after closing Anki. Reviews studyapp already has are not added again, and each card's schedule is worked out again from its whole history.</source>
        <translation>帶回你在 Anki（例如在 AnkiDroid 上）複習 studyapp 匯出卡片的紀錄。請在 Anki 選擇「檔案 › 匯出」，格式選「Anki 牌組包 (*.apkg)」並勾選「包含排程資訊」（Include scheduling information）；或在關閉 Anki 後，選擇 Anki 的收藏檔（Anki 設定檔資料夾中的 collection.anki2）。studyapp 已有的複習不會重複加入，每張卡片的排程會依完整的複習紀錄重新計算。</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>檔案(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>選擇(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>匯入(&amp;I)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Anki files (*.apkg *.colpkg *.anki2);;All files (*)</source>
        <translation>Anki 檔案 (*.apkg *.colpkg *.anki2);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Reading {path}…</source>
        <translation>正在讀取 {path}…</translation>
    </message>
    <message>
        <source>Read {path}: {notes} of the notes studyapp exported.</source>
        <translation>已讀取 {path}：其中有 {notes} 則 studyapp 匯出的筆記。</translation>
    </message>
    <message>
        <source>{added} reviews from Anki added ({present} were already here); {cards} cards rescheduled from their whole history.</source>
        <translation>已加入 {added} 筆來自 Anki 的複習（另有 {present} 筆原本就有）；{cards} 張卡片已依完整的複習紀錄重新排程。</translation>
    </message>
    <message>
        <source>Nothing new: all {present} reviews in the file are already in your progress.</source>
        <translation>沒有新的複習：檔案中的 {present} 筆複習都已在你的學習進度中。</translation>
    </message>
    <message>
        <source>{count} notes belong to facts that are no longer in your decks; their reviews were left out.</source>
        <translation>有 {count} 則筆記所屬的事實已不在你的牌組中；它們的複習沒有匯入。</translation>
    </message>
    <message>
        <source>{count} cards are of a kind studyapp does not show; their reviews are kept until you switch that kind on in Settings.</source>
        <translation>有 {count} 張卡片屬於 studyapp 目前不顯示的卡片類型；它們的複習會保留，直到你在設定中開啟該類型。</translation>
    </message>
    <message>
        <source>The import was cancelled; your progress was not changed.</source>
        <translation>已取消匯入；你的學習進度沒有改變。</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>AttemptDialog</name>
    <message>
        <source>Quiz of {when}</source>
        <translation>{when} 的測驗</translation>
    </message>
    <message>
        <source>Score: {right} of {total}</source>
        <translation>得分：{total} 題答對 {right} 題</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>用時：%1</translation>
    </message>
    <message>
        <source>Ended after %1 of %2 questions.</source>
        <translation>共 %2 題，作答 %1 題後結束。</translation>
    </message>
    <message>
        <source>The questions and your answers</source>
        <translation>題目與你的作答</translation>
    </message>
    <message>
        <source>No question was answered.</source>
        <translation>沒有作答任何題目。</translation>
    </message>
    <message>
        <source>Match each item with its partner.</source>
        <translation>把每一項與對應的一項配成對。</translation>
    </message>
    <message>
        <source>Put these in order, earliest first.</source>
        <translation>依時間先後排列，最早的在前。</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>（未作答）</translation>
    </message>
    <message>
        <source>Your answer: %1</source>
        <translation>你的答案：%1</translation>
    </message>
    <message>
        <source>(this fact is no longer in its deck)</source>
        <translation>（這則事實已不在牌組中）</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>出處：%1</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups of your progress</source>
        <translation>學習進度的備份</translation>
    </message>
    <message>
        <source>studyapp backs up your progress every 30 minutes while you study and when you quit, and keeps those of today and yesterday, then one a day, a week and a month. Restoring one replaces your progress with it; your progress as it is now is backed up first, so nothing is lost.</source>
        <translation>studyapp 在你學習時每 30 分鐘、以及結束時備份學習進度，保留今天和昨天的全部備份，更早的則每天、每週、每月各留一份。還原一份備份會用它取代你的學習進度；目前的進度會先備份，所以不會遺失任何東西。</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>備份時間</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>複習次數</translation>
    </message>
    <message>
        <source>Cards (studied)</source>
        <translation>卡片（學過的）</translation>
    </message>
    <message>
        <source>Last review</source>
        <translation>最後一次複習</translation>
    </message>
    <message>
        <source>Quizzes</source>
        <translation>測驗</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>備份，最新的在前</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即備份(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>還原(&amp;R)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Reading the backups…</source>
        <translation>正在讀取備份…</translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation>還沒有任何備份。</translation>
    </message>
    <message>
        <source>{cards} ({studied})</source>
        <translation>{cards}（{studied}）</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>還沒有</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>無法讀取</translation>
    </message>
    <message>
        <source>Backed up.</source>
        <translation>已備份。</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>還原這份備份？</translation>
    </message>
    <message>
        <source>Replace your progress with the backup of {when}? It holds {reviews} reviews of {cards} cards.</source>
        <translation>要用 {when} 的備份取代你的學習進度嗎？它有 {cards} 張卡片的 {reviews} 次複習。</translation>
    </message>
    <message>
        <source>What you did since then is not lost: your progress as it is now is backed up first, and you can restore it from this list.</source>
        <translation>之後做過的不會遺失：你目前的學習進度會先備份，也可以從這份清單還原回來。</translation>
    </message>
    <message>
        <source>Replace my progress</source>
        <translation>取代我的學習進度</translation>
    </message>
    <message>
        <source>The backup was not restored: {reason}</source>
        <translation>備份沒有還原：{reason}</translation>
    </message>
    <message>
        <source>Restored the backup of {when}.</source>
        <translation>已還原 {when} 的備份。</translation>
    </message>
    <message>
        <source>Your progress as it was is the newest backup in the list.</source>
        <translation>原本的學習進度就是清單中最新的那份備份。</translation>
    </message>
    <message>
        <source>Your progress as it was could not be read; it was kept as {path}.</source>
        <translation>原本的學習進度無法讀取；已原樣保存為 {path}。</translation>
    </message>
</context>
<context>
    <name>BrowseScreen</name>
    <message>
        <source>Browse</source>
        <translation>瀏覽</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答案</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主題</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新卡片</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>學習中</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>複習</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>已暫停</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜尋</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>事實</translation>
    </message>
    <message>
        <source>The chosen fact</source>
        <translation>所選的事實</translation>
    </message>
    <message>
        <source>Reset…</source>
        <translation>重設…</translation>
    </message>
    <message>
        <source>Show in article</source>
        <translation>在文章中查看</translation>
    </message>
    <message>
        <source>Make this fact's cards new again</source>
        <translation>讓這則事實的卡片重新變成新卡片</translation>
    </message>
    <message>
        <source>Keep this fact's cards out of reviews</source>
        <translation>讓這則事實的卡片不再出現在複習中</translation>
    </message>
    <message>
        <source>Search in 繁體 or 简体 (Ctrl+F)…</source>
        <translation>以繁體或简体搜尋（Ctrl+F）…</translation>
    </message>
    <message>
        <source>All decks</source>
        <translation>所有牌組</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>所有主題</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>所有來源</translation>
    </message>
    <message>
        <source>Disputed or not</source>
        <translation>不論是否有爭議</translation>
    </message>
    <message>
        <source>Disputed only</source>
        <translation>只看有爭議的</translation>
    </message>
    <message>
        <source>Undisputed only</source>
        <translation>只看沒有爭議的</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>任何狀態</translation>
    </message>
    <message>
        <source>%1 (%2) — reason: %3</source>
        <translation>%1（%2） — 原因：%3</translation>
    </message>
    <message>
        <source>Reported questions (%1): not asked again</source>
        <translation>已回報的題目（%1）：不會再出</translation>
    </message>
    <message numerus="yes">
        <source>%n fact(s)</source>
        <translation>
            <numerusform>%n 則事實</numerusform>
        </translation>
    </message>
    <message>
        <source>of {total}</source>
        <translation>／共 {total}</translation>
    </message>
    <message>
        <source>Unsuspend</source>
        <translation>取消暫停</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>暫停</translation>
    </message>
    <message>
        <source>No fact matches the search.</source>
        <translation>沒有符合搜尋的事實。</translation>
    </message>
    <message>
        <source>The articles disagree:</source>
        <translation>兩篇文章說法不同：</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>主題：</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>卡片</translation>
    </message>
    <message>
        <source>Fill in the blank</source>
        <translation>填空</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>反向</translation>
    </message>
    <message>
        <source>Relearning</source>
        <translation>重新學習</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>已暫停</translation>
    </message>
    <message>
        <source>due {when}</source>
        <translation>到期 {when}</translation>
    </message>
    <message>
        <source>{reps} reviews, {lapses} lapses</source>
        <translation>複習 {reps} 次，遺忘 {lapses} 次</translation>
    </message>
    <message>
        <source>Reset this fact?</source>
        <translation>要重設這則事實嗎？</translation>
    </message>
    <message>
        <source>Its cards become new again. The review history is kept.</source>
        <translation>它的卡片會重新變成新卡片，複習紀錄仍會保留。</translation>
    </message>
</context>
<context>
    <name>CustomStudyDialog</name>
    <message>
        <source>Custom study: {deck}</source>
        <translation>自訂學習：{deck}</translation>
    </message>
    <message>
        <source>Study beyond today's plan. What you answer here is scheduled as usual.</source>
        <translation>在今天的計畫之外多學一些。在這裡的作答照常排程。</translation>
    </message>
    <message>
        <source>Study &amp;more new cards today:</source>
        <translation>今天多學新卡片(&amp;M)：</translation>
    </message>
    <message>
        <source>More new cards today</source>
        <translation>今天再學的新卡片數</translation>
    </message>
    <message>
        <source>Days ahead</source>
        <translation>提前的天數</translation>
    </message>
    <message>
        <source>More reviews today</source>
        <translation>今天再複習的卡片數</translation>
    </message>
    <message>
        <source>Review &amp;ahead, cards due in the next days:</source>
        <translation>提前複習(&amp;A)，未來幾天到期的卡片：</translation>
    </message>
    <message>
        <source>Review today's &amp;forgotten cards</source>
        <translation>複習今天忘記的卡片(&amp;F)</translation>
    </message>
    <message>
        <source>Review more cards &amp;today:</source>
        <translation>今天多複習(&amp;T)：</translation>
    </message>
    <message>
        <source> cards</source>
        <translation> 張</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>&amp;Start studying</source>
        <translation>開始學習(&amp;S)</translation>
    </message>
    <message numerus="yes">
        <source>%n new card(s) in this deck beyond today's limit.</source>
        <translation>
            <numerusform>此牌組在今天的上限之外還有 %n 張新卡片。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) due in those days, before their day.</source>
        <translation>
            <numerusform>這幾天內到期的卡片有 %n 張，會在到期前先複習。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) you answered Again today, once more.</source>
        <translation>
            <numerusform>今天答「重來」的卡片有 %n 張，再練一次。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) due today beyond the deck's review limit.</source>
        <translation>
            <numerusform>今天到期、超出此牌組複習上限的卡片有 %n 張。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeckOptionsDialog</name>
    <message>
        <source>Options: {deck}</source>
        <translation>選項：{deck}</translation>
    </message>
    <message>
        <source>This deck, each day</source>
        <translation>此牌組的每日設定</translation>
    </message>
    <message>
        <source>Help me decide: workload and retention</source>
        <translation>幫我決定：複習量與記憶率</translation>
    </message>
    <message>
        <source>&amp;New cards per day:</source>
        <translation>每日新卡片數(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Maximum reviews per day:</source>
        <translation>每日複習上限(&amp;M)：</translation>
    </message>
    <message>
        <source>Desired &amp;retention:</source>
        <translation>目標記憶率(&amp;R)：</translation>
    </message>
    <message>
        <source>New-card &amp;order:</source>
        <translation>新卡片順序(&amp;O)：</translation>
    </message>
    <message>
        <source>Deck order</source>
        <translation>牌組順序</translation>
    </message>
    <message>
        <source>One topic at a time</source>
        <translation>一次一個主題</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>隨機</translation>
    </message>
    <message>
        <source>Use the &amp;defaults</source>
        <translation>使用預設值(&amp;D)</translation>
    </message>
    <message>
        <source>This deck follows the defaults in Settings.</source>
        <translation>此牌組使用設定中的預設值。</translation>
    </message>
    <message>
        <source>This deck has options of its own.</source>
        <translation>此牌組有自己的選項。</translation>
    </message>
    <message numerus="yes">
        <source>Simulating a year of %n card(s)…</source>
        <translation>
            <numerusform>正在模擬 %n 張卡片的一年…</numerusform>
        </translation>
    </message>
    <message>
        <source>The simulation failed: {reason}</source>
        <translation>模擬失敗：{reason}</translation>
    </message>
</context>
<context>
    <name>DecksScreen</name>
    <message>
        <source>Decks</source>
        <translation>牌組</translation>
    </message>
    <message>
        <source>Decks and their cards</source>
        <translation>牌組與其卡片</translation>
    </message>
    <message>
        <source>Deck</source>
        <translation>牌組</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>事實</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新卡片</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>學習中</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Mastery</source>
        <translation>掌握度</translation>
    </message>
    <message>
        <source>&amp;Study</source>
        <translation>開始學習(&amp;S)</translation>
    </message>
    <message>
        <source>Review the selected deck (Enter)</source>
        <translation>複習選取的牌組（Enter）</translation>
    </message>
    <message>
        <source>Study &amp;all decks</source>
        <translation>學習所有牌組(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Options…</source>
        <translation>選項(&amp;O)…</translation>
    </message>
    <message>
        <source>New cards and reviews per day, desired retention, order of new cards</source>
        <translation>每日新卡片數與複習數、目標記憶率、新卡片順序</translation>
    </message>
    <message>
        <source>&amp;Custom study…</source>
        <translation>自訂學習(&amp;C)…</translation>
    </message>
    <message>
        <source>More new cards, more reviews, review ahead or today's forgotten cards</source>
        <translation>多學新卡片、多複習、提前複習或複習今天忘記的卡片</translation>
    </message>
    <message>
        <source>{mature} of {cards} cards mature, {young} young</source>
        <translation>{cards} 張卡片中 {mature} 張已熟記、{young} 張尚淺</translation>
    </message>
    <message>
        <source>Your progress is not available, so nothing can be studied right now.</source>
        <translation>目前無法使用你的學習進度，因此暫時不能學習。</translation>
    </message>
    <message>
        <source>Your progress is open read-only: you can browse and take quizzes, but reviewing needs saving.</source>
        <translation>你的學習進度以唯讀方式開啟：可以瀏覽和進行測驗，但複習需要能儲存進度。</translation>
    </message>
    <message numerus="yes">
        <source>%n deck file(s) could not be read; run “studyapp check” to see why.</source>
        <translation>
            <numerusform>有 %n 個牌組檔案無法讀取；執行「studyapp check」可查看原因。</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no decks yet.</source>
        <translation>還沒有任何牌組。</translation>
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message>
        <source>Statement (select words in it to make them the answer):</source>
        <translation>敘述（選取其中的字詞作為答案）：</translation>
    </message>
    <message>
        <source>Use selection as answer</source>
        <translation>以選取內容作為答案</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>問題：</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>陳述</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Answer type</source>
        <translation>答案類型</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主題</translation>
    </message>
    <message>
        <source>Answer type:</source>
        <translation>答案類型：</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>單位：</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>主題：</translation>
    </message>
    <message>
        <source>Apply changes</source>
        <translation>套用變更</translation>
    </message>
    <message>
        <source>Name (person, organization, …)</source>
        <translation>名稱（人物、組織…）</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>數字</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Quotation</source>
        <translation>引語</translation>
    </message>
    <message>
        <source>Repeats a fact in deck {deck}:</source>
        <translation>與牌組 {deck} 中的事實重複：</translation>
    </message>
    <message>
        <source>Agrees with {source}'s claim in a known disagreement (deck {deck}):</source>
        <translation>與{source}在已知爭議中的說法一致（牌組 {deck}）：</translation>
    </message>
    <message>
        <source>May disagree with a fact in deck {deck}:</source>
        <translation>可能與牌組 {deck} 中的事實說法不同：</translation>
    </message>
    <message>
        <source>answer: {answer}</source>
        <translation>答案：{answer}</translation>
    </message>
    <message>
        <source>show</source>
        <translation>查看</translation>
    </message>
</context>
<context>
    <name>DraftList</name>
    <message>
        <source>cannot be saved</source>
        <translation>無法儲存</translation>
    </message>
    <message>
        <source>repeats a fact</source>
        <translation>與既有事實重複</translation>
    </message>
    <message>
        <source>may disagree</source>
        <translation>可能說法不同</translation>
    </message>
    <message>
        <source>held back: likely poor</source>
        <translation>原先保留：可能不佳</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>未決定</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>已採用</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已捨棄</translation>
    </message>
</context>
<context>
    <name>EditFactDialog</name>
    <message>
        <source>Edit the fact</source>
        <translation>編輯事實</translation>
    </message>
    <message>
        <source>Traditional</source>
        <translation>繁體</translation>
    </message>
    <message>
        <source>Simplified</source>
        <translation>簡體</translation>
    </message>
    <message>
        <source>The fact as your deck “{deck}” keeps it (in {script} characters). Its cards keep their review history.</source>
        <translation>這是你的牌組「{deck}」所存的事實（以{script}書寫）。它的卡片會保留複習紀錄。</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>問題(&amp;Q)：</translation>
    </message>
    <message>
        <source>&amp;Statement:</source>
        <translation>敘述(&amp;S)：</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>答案：</translation>
    </message>
    <message>
        <source>&amp;Gist:</source>
        <translation>摘要(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>備註(&amp;N)：</translation>
    </message>
    <message>
        <source>a few words for the Match game (optional)</source>
        <translation>配對遊戲用的幾個字（可不填）</translation>
    </message>
    <message>
        <source>shown with the answer (optional)</source>
        <translation>和答案一起顯示（可不填）</translation>
    </message>
    <message>
        <source>the words marked {{…}} in the statement</source>
        <translation>敘述中以 {{…}} 標出的字</translation>
    </message>
    <message>
        <source>{answer}: the words marked {{{{…}}}} must still say it</source>
        <translation>{answer}：以 {{{{…}}}} 標出的字必須仍然說出它</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Statement, the answer marked with braces</source>
        <translation>敘述，答案以大括號標出</translation>
    </message>
    <message>
        <source>Gist</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The details were saved to {path}.</source>
        <translation>詳細資訊已儲存到 {path}。</translation>
    </message>
    <message>
        <source>The details could not be saved.</source>
        <translation>無法儲存詳細資訊。</translation>
    </message>
    <message>
        <source>Something unexpected went wrong: {what}</source>
        <translation>發生了意外的問題：{what}</translation>
    </message>
    <message>
        <source>studyapp</source>
        <translation>studyapp</translation>
    </message>
    <message>
        <source>Your progress up to the last answer is saved.</source>
        <translation>到最後一次作答為止的進度都已儲存。</translation>
    </message>
    <message>
        <source>The disk is full: {path} could not be written. Free some space and try again.</source>
        <translation>磁碟已滿：無法寫入 {path}。請清出一些空間後再試一次。</translation>
    </message>
    <message>
        <source>studyapp is not allowed to write there ({path}). Choose another place.</source>
        <translation>studyapp 沒有權限寫入那裡（{path}）。請選擇其他位置。</translation>
    </message>
    <message>
        <source>{path} is on a read-only disk. Choose another place.</source>
        <translation>{path} 位於唯讀的磁碟上。請選擇其他位置。</translation>
    </message>
    <message>
        <source>{path} cannot be written: the folder {folder} does not exist.</source>
        <translation>無法寫入 {path}：資料夾 {folder} 不存在。</translation>
    </message>
    <message>
        <source>{path} is a folder. Choose a file name.</source>
        <translation>{path} 是資料夾。請選擇檔案名稱。</translation>
    </message>
    <message>
        <source>{path} could not be written: {reason}.</source>
        <translation>無法寫入 {path}：{reason}。</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file.</source>
        <translation>{path} 是資料夾，不是檔案。</translation>
    </message>
    <message>
        <source>{path} is not a regular file (it is a pipe, device or socket); only files can be imported.</source>
        <translation>{path} 不是一般檔案（而是管線、裝置或通訊端）；只能匯入檔案。</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}.</source>
        <translation>無法讀取 {path}：{reason}。</translation>
    </message>
    <message>
        <source>{path} is larger than {limit} MB, the limit for an article.</source>
        <translation>{path} 超過 {limit} MB，這是文章的大小上限。</translation>
    </message>
    <message>
        <source>{path} is empty.</source>
        <translation>{path} 是空的。</translation>
    </message>
    <message>
        <source>{path} is not a text file.</source>
        <translation>{path} 不是文字檔。</translation>
    </message>
    <message>
        <source>{path} is damaged: it starts like {encoding} but is not.</source>
        <translation>{path} 已損壞：開頭看似 {encoding}，內容卻不是。</translation>
    </message>
    <message>
        <source>{path} has no text to learn from.</source>
        <translation>{path} 沒有可以學習的內文。</translation>
    </message>
    <message>
        <source>The drafts file {path} is too large to be read.</source>
        <translation>草稿檔 {path} 太大，無法讀取。</translation>
    </message>
    <message>
        <source>The drafts file {path} cannot be read: {reason}.</source>
        <translation>無法讀取草稿檔 {path}：{reason}。</translation>
    </message>
    <message>
        <source>{path} is not a drafts file of studyapp ({reason}).</source>
        <translation>{path} 不是 studyapp 的草稿檔（{reason}）。</translation>
    </message>
    <message>
        <source>“{deck}” is not a deck id: use lower-case letters, digits, '.', '_' or '-'.</source>
        <translation>「{deck}」不是有效的牌組代號：請使用小寫字母、數字、「.」「_」或「-」。</translation>
    </message>
    <message>
        <source>“{deck}” is a built-in deck. Choose another id for your deck.</source>
        <translation>「{deck}」是內建牌組，請為你的牌組選另一個代號。</translation>
    </message>
    <message>
        <source>A fact's id never changes: its review history hangs on it.</source>
        <translation>事實的代號不能更改：它的複習紀錄依附在代號上。</translation>
    </message>
    <message>
        <source>No draft is accepted yet: accept the facts to keep (A), then save.</source>
        <translation>還沒有採用任何草稿：先採用要保留的事實（A），再儲存。</translation>
    </message>
    <message>
        <source>The deck would not be valid, so it was not saved:
{problems}</source>
        <translation>這個牌組不會是有效的牌組，所以沒有儲存：
{problems}</translation>
    </message>
    <message>
        <source>{path} exists and is not a valid deck; it was not overwritten:
{problems}</source>
        <translation>{path} 已存在，且不是有效的牌組；沒有覆寫它：
{problems}</translation>
    </message>
    <message>
        <source>{path} holds the deck “{found}”, not “{deck}”; it was not overwritten.</source>
        <translation>{path} 裝的是牌組「{found}」，不是「{deck}」；沒有覆寫它。</translation>
    </message>
    <message>
        <source>The answer cannot be empty.</source>
        <translation>答案不能是空的。</translation>
    </message>
    <message>
        <source>The answer must be a part of the statement, exactly as written.</source>
        <translation>答案必須是敘述中的一段文字，一字不差。</translation>
    </message>
    <message>
        <source>No question can be made without giving the answer away; write one.</source>
        <translation>無法自動出一個不洩漏答案的問題；請自己寫一題。</translation>
    </message>
    <message>
        <source>The question cannot be empty: write one.</source>
        <translation>問題不能是空的：請寫一個問題。</translation>
    </message>
    <message>
        <source>The statement must mark its answer exactly once, as {{{{…}}}}.</source>
        <translation>敘述必須以 {{{{…}}}} 標出答案，而且只標一次。</translation>
    </message>
    <message>
        <source>The question gives its answer away (“{answer}”): reword it.</source>
        <translation>問題洩漏了答案（「{answer}」）：請改寫。</translation>
    </message>
    <message>
        <source>There is no topic “{topic}”.</source>
        <translation>沒有「{topic}」這個主題。</translation>
    </message>
    <message>
        <source>This draft would not be a valid fact:
{problems}</source>
        <translation>這份草稿不會是有效的事實：
{problems}</translation>
    </message>
    <message>
        <source>A year answer must be the year's digits, such as 2016.</source>
        <translation>年份答案必須是年份的數字，例如 2016。</translation>
    </message>
    <message>
        <source>A date answer must contain a year and a month, such as 2024 年 12 月.</source>
        <translation>日期答案必須包含年和月，例如 2024 年 12 月。</translation>
    </message>
    <message>
        <source>A number answer must contain a number.</source>
        <translation>數字答案必須包含一個數字。</translation>
    </message>
    <message>
        <source>“{span}” is not a name in any deck's registry; choose text instead.</source>
        <translation>「{span}」不在任何牌組的名錄中；請改選文字答案。</translation>
    </message>
    <message>
        <source>Nothing to export: no card kind is chosen.</source>
        <translation>沒有可匯出的內容：沒有選擇任何卡片種類。</translation>
    </message>
    <message>
        <source>Nothing to export: the chosen decks have no facts.</source>
        <translation>沒有可匯出的內容：選擇的牌組沒有任何事實。</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>已取消匯出，沒有寫入任何檔案。</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} 不存在。</translation>
    </message>
    <message>
        <source>{path} is not a file from Anki. Choose a package Anki exported (.apkg, .colpkg) or Anki's collection file (collection.anki2).</source>
        <translation>{path} 不是 Anki 的檔案。請選擇 Anki 匯出的套件（.apkg、.colpkg）或 Anki 的收藏檔（collection.anki2）。</translation>
    </message>
    <message>
        <source>{path} was written by a newer Anki than studyapp can read. In Anki, export it again with “Support older Anki versions” ticked.</source>
        <translation>{path} 由較新版的 Anki 寫成，studyapp 無法讀取。請在 Anki 匯出時勾選「Support older Anki versions」（支援舊版 Anki）後重新匯出。</translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be read ({reason}).</source>
        <translation>{path} 已損壞，無法讀取（{reason}）。</translation>
    </message>
    <message>
        <source>Anki is using {path}. Close Anki and try again.</source>
        <translation>Anki 正在使用 {path}。請關閉 Anki 後再試一次。</translation>
    </message>
    <message>
        <source>{path} has none of the notes studyapp exported from your decks, so there is no progress to bring back.</source>
        <translation>{path} 中沒有 studyapp 從你的牌組匯出的筆記，因此沒有可帶回的學習進度。</translation>
    </message>
    <message>
        <source>{path} has no learning progress. In Anki, export again with “Include scheduling information” ticked. (If you have not reviewed these cards in Anki yet, there is nothing to bring back.)</source>
        <translation>{path} 中沒有學習進度。請在 Anki 匯出時勾選「包含排程資訊」（Include scheduling information）後重新匯出。（如果你還沒在 Anki 複習過這些卡片，就沒有可帶回的進度。）</translation>
    </message>
    <message>
        <source>The import was cancelled; your progress was not changed.</source>
        <translation>已取消匯入；你的學習進度沒有改變。</translation>
    </message>
    <message>
        <source>{path} is not an Anki package name: the file name must end in .apkg.</source>
        <translation>{path} 不是 Anki 套件的檔名：檔名必須以 .apkg 結尾。</translation>
    </message>
    <message>
        <source>{path} is inside studyapp's data folder ({folder}), where your progress and decks live. Choose another folder.</source>
        <translation>{path} 位於 studyapp 的資料夾（{folder}）內，你的學習進度和牌組都存放在那裡。請選擇其他資料夾。</translation>
    </message>
    <message>
        <source>{path} is read-only, so it was not overwritten. Choose another file.</source>
        <translation>{path} 是唯讀檔案，所以沒有被覆寫。請選擇其他檔案。</translation>
    </message>
    <message>
        <source>The backup could not be put in place ({reason}); your progress was left as it was.</source>
        <translation>無法把備份放回原位（{reason}）；你的學習進度保持原樣。</translation>
    </message>
    <message>
        <source>Your progress file {path} is damaged ({detail}). studyapp left it exactly as it was and will not write to it. You can still browse the decks; to study again, restore a backup from {backups}.</source>
        <translation>你的學習進度檔 {path} 已損壞（{detail}）。studyapp 完全沒有更動它，也不會寫入它。你仍然可以瀏覽牌組；若要繼續學習，請從 {backups} 還原備份。</translation>
    </message>
    <message>
        <source>{path} is in none of the supported encodings (UTF-8, UTF-16, GB18030, Big5).</source>
        <translation>{path} 的編碼不是支援的任何一種（UTF-8、UTF-16、GB18030、Big5）。</translation>
    </message>
    <message>
        <source>Your progress file {path} was written by a newer version of studyapp (schema {found}; this version reads up to {supported}). It was left untouched; update studyapp to study with it.</source>
        <translation>你的學習進度檔 {path} 是由較新版本的 studyapp 寫入的（格式 {found}；這個版本最多讀到 {supported}）。它沒有被更動；請更新 studyapp 後再用它學習。</translation>
    </message>
    <message>
        <source>Your progress file {path} is from an older studyapp (schema {found}, now {supported}); start the app once to bring it up to date.</source>
        <translation>你的學習進度檔 {path} 來自較舊的 studyapp（格式 {found}，目前為 {supported}）；請先啟動一次 app 讓它更新。</translation>
    </message>
    <message>
        <source>studyapp is already running and is using your progress file {path}. Switch to that window, or close it and start studyapp again.</source>
        <translation>studyapp 已經在執行，並正在使用你的學習進度檔 {path}。請切換到那個視窗，或關閉它之後再啟動 studyapp。</translation>
    </message>
    <message>
        <source>There is no study progress at {path} yet.</source>
        <translation>{path} 還沒有學習進度。</translation>
    </message>
    <message>
        <source>{path} is not a studyapp progress file ({detail}). studyapp left it exactly as it was. Move it away to start new progress, or restore a backup from {backups}.</source>
        <translation>{path} 不是 studyapp 的學習進度檔（{detail}）。studyapp 完全沒有更動它。把它移到別處即可重新開始記錄進度，或從 {backups} 還原備份。</translation>
    </message>
    <message>
        <source>{path} is a folder, not your progress file. studyapp left it as it is; move it away and start studyapp again.</source>
        <translation>{path} 是資料夾，不是你的學習進度檔。studyapp 沒有更動它；請把它移到別處，再重新啟動 studyapp。</translation>
    </message>
    <message>
        <source>The disk is full, so your progress file {path} could not be written. Everything saved before is safe; free some space and try again.</source>
        <translation>磁碟已滿，無法寫入你的學習進度檔 {path}。先前儲存的內容都安全無虞；請釋出一些空間後再試一次。</translation>
    </message>
    <message>
        <source>The disk reported an error reading or writing your progress file {path} ({detail}). studyapp did not change the file; check that the drive is connected and working, then try again.</source>
        <translation>讀寫你的學習進度檔 {path} 時，磁碟回報錯誤（{detail}）。studyapp 沒有更動這個檔案；請確認磁碟機仍然連接且運作正常，再試一次。</translation>
    </message>
    <message>
        <source>Another program is using your progress file {path} and keeps it locked. Close that program (a database browser, a sync or backup tool) and try again.</source>
        <translation>另一個程式正在使用你的學習進度檔 {path}，並將它鎖定。請關閉那個程式（例如資料庫檢視器、同步或備份工具）後再試一次。</translation>
    </message>
    <message>
        <source>Your progress file {path} could not be opened ({detail}). It was left as it is; check that the file and its folder can be read.</source>
        <translation>無法開啟你的學習進度檔 {path}（{detail}）。它保持原樣；請確認這個檔案和所在的資料夾可以讀取。</translation>
    </message>
    <message>
        <source>Your progress file {path} is read-only, so studyapp opened it only for reading. To study and save again, make the file writable and start studyapp again.</source>
        <translation>你的學習進度檔 {path} 是唯讀的，所以 studyapp 只以唯讀方式開啟它。若要繼續學習並儲存，請讓這個檔案可以寫入，再重新啟動 studyapp。</translation>
    </message>
    <message>
        <source>The data folder {folder} is read-only, so your progress (if any) was opened only for reading. Make the folder writable, or start studyapp with another data folder.</source>
        <translation>資料夾 {folder} 是唯讀的，所以你的學習進度（如果有）只以唯讀方式開啟。請讓這個資料夾可以寫入，或用其他資料夾啟動 studyapp。</translation>
    </message>
    <message>
        <source>Your progress file {path} has become read-only and could not be written. Everything saved before is safe; make it writable and start studyapp again.</source>
        <translation>你的學習進度檔 {path} 變成唯讀，無法寫入。先前儲存的內容都安全無虞；請讓它可以寫入，再重新啟動 studyapp。</translation>
    </message>
    <message>
        <source>Your progress is open read-only here; nothing is saved.</source>
        <translation>學習進度在這裡以唯讀方式開啟；不會儲存任何變更。</translation>
    </message>
    <message>
        <source>This card ({card}) is no longer in your progress.</source>
        <translation>這張卡片（{card}）已不在你的學習進度中。</translation>
    </message>
    <message>
        <source>This quiz attempt ({attempt}) no longer exists.</source>
        <translation>這次測驗紀錄（{attempt}）已不存在。</translation>
    </message>
    <message>
        <source>There is no answer to undo.</source>
        <translation>沒有可以復原的作答。</translation>
    </message>
    <message>
        <source>That answer can no longer be undone: the card was changed since (for example reset).</source>
        <translation>那次作答已無法復原：卡片之後被更動過（例如重設）。</translation>
    </message>
    <message>
        <source>A backup could not be written to {folder}: {reason}.</source>
        <translation>無法把備份寫入 {folder}：{reason}。</translation>
    </message>
    <message>
        <source>The backup {path} does not exist.</source>
        <translation>備份 {path} 不存在。</translation>
    </message>
    <message>
        <source>{path} is not a usable backup: {reason}.</source>
        <translation>{path} 不是可用的備份：{reason}。</translation>
    </message>
    <message>
        <source>{path} is not a progress file of studyapp.</source>
        <translation>{path} 不是 studyapp 的學習進度檔。</translation>
    </message>
    <message>
        <source>A file or folder is missing: {path}.</source>
        <translation>找不到檔案或資料夾：{path}。</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again.</source>
        <translation>磁碟已滿。請清出一些空間後再試一次。</translation>
    </message>
    <message>
        <source>The computer reported a problem with a file: {reason}.</source>
        <translation>電腦回報檔案有問題：{reason}。</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>發生了問題。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export to Anki</source>
        <translation>匯出到 Anki</translation>
    </message>
    <message>
        <source>Decks:</source>
        <translation>牌組：</translation>
    </message>
    <message>
        <source>&amp;Script:</source>
        <translation>用字(&amp;S)：</translation>
    </message>
    <message>
        <source>Card kinds:</source>
        <translation>卡片種類：</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>儲存為(&amp;S)：</translation>
    </message>
    <message>
        <source>Question → answer</source>
        <translation>問題 → 答案</translation>
    </message>
    <message>
        <source>Fill in the blank</source>
        <translation>填空</translation>
    </message>
    <message>
        <source>Let Anki read the Chinese aloud (text to speech)</source>
        <translation>讓 Anki 朗讀中文（文字轉語音）</translation>
    </message>
    <message>
        <source>Include my progress (review history and scheduling), so Anki continues</source>
        <translation>包含我的學習進度（複習紀錄與排程），讓 Anki 接著進行</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>選擇(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>匯出(&amp;E)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>在資料夾中顯示(&amp;F)</translation>
    </message>
    <message>
        <source>Traditional and Simplified (two decks)</source>
        <translation>繁體與簡體（兩個牌組）</translation>
    </message>
    <message>
        <source>Traditional (繁體)</source>
        <translation>繁體</translation>
    </message>
    <message>
        <source>Simplified (简体)</source>
        <translation>簡體</translation>
    </message>
    <message>
        <source>In Anki, tick “Import any learning progress” when importing. Anki takes the progress only for cards it does not have yet: cards already in your Anki keep Anki's schedule.</source>
        <translation>在 Anki 匯入時，請勾選「Import any learning progress」（匯入學習進度）。Anki 只會為尚未擁有的卡片採用這份進度：已在你 Anki 中的卡片會保留 Anki 的排程。</translation>
    </message>
    <message>
        <source>Traditional</source>
        <translation>繁體</translation>
    </message>
    <message>
        <source>Simplified</source>
        <translation>簡體</translation>
    </message>
    <message>
        <source>With both scripts, the progress goes with the {script} cards (the script you study); the others start as new.</source>
        <translation>匯出兩種字體時，進度會跟著{script}卡片（你學習時使用的字體）；另一種字體的卡片會從新卡片開始。</translation>
    </message>
    <message>
        <source>Anki package (*.apkg)</source>
        <translation>Anki 套件 (*.apkg)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在匯出…</translation>
    </message>
    <message>
        <source>Exported {notes} notes ({cards} cards, {studied} of them studied, with {reviews} reviews) to {path}. Open it in Anki with File › Import and tick “Import any learning progress”.</source>
        <translation>已將 {notes} 則筆記（{cards} 張卡片，其中 {studied} 張已學過，含 {reviews} 筆複習）匯出到 {path}。請在 Anki 以「檔案 › 匯入」開啟，並勾選「Import any learning progress」（匯入學習進度）。</translation>
    </message>
    <message>
        <source>Exported {notes} notes ({cards} cards) to {path}. Open it in Anki with File › Import.</source>
        <translation>已將 {notes} 則筆記（{cards} 張卡片）匯出到 {path}。請在 Anki 以「檔案 › 匯入」開啟。</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>已取消匯出，沒有寫入任何檔案。</translation>
    </message>
    <message>
        <source>The export failed: {reason}</source>
        <translation>匯出失敗：{reason}</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>FlashcardAnswer</name>
    <message>
        <source>Show the answer (Space)</source>
        <translation>顯示答案（空白鍵）</translation>
    </message>
    <message>
        <source>1   I knew it</source>
        <translation>1   我答對了</translation>
    </message>
    <message>
        <source>2   I didn't know</source>
        <translation>2   我不會</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Quiz history</source>
        <translation>測驗紀錄</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Setup</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>分數</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>用時</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>最佳</translation>
    </message>
    <message>
        <source>Scores over time</source>
        <translation>歷次分數</translation>
    </message>
    <message>
        <source>No finished quizzes yet</source>
        <translation>還沒有完成的測驗</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>&amp;Open this quiz</source>
        <translation>開啟這次測驗(&amp;O)</translation>
    </message>
    <message>
        <source>Its questions, your answers and the right ones (Enter)</source>
        <translation>它的題目、你的作答和正確答案（Enter）</translation>
    </message>
    <message>
        <source>Past quizzes, newest first</source>
        <translation>過去的測驗，最新的在前</translation>
    </message>
    <message>
        <source>Progress is unavailable: no history to show.</source>
        <translation>無法使用學習進度，沒有紀錄可顯示。</translation>
    </message>
    <message>
        <source>All decks</source>
        <translation>所有牌組</translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s)</source>
        <translation>
            <numerusform>%n 個主題</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s per question</source>
        <translation>每題 %1 秒</translation>
    </message>
    <message>
        <source>%1 s for the quiz</source>
        <translation>整份測驗 %1 秒</translation>
    </message>
    <message>
        <source>no time limit</source>
        <translation>不限時</translation>
    </message>
    <message>
        <source>due and weak first</source>
        <translation>到期與薄弱優先</translation>
    </message>
    <message>
        <source>last mistakes</source>
        <translation>上次的錯題</translation>
    </message>
    <message>
        <source>retry of mistakes</source>
        <translation>錯題重做</translation>
    </message>
    <message>
        <source>chosen facts</source>
        <translation>選定的事實</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n 題</numerusform>
        </translation>
    </message>
    <message>
        <source>(not finished)</source>
        <translation>（未完成）</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import an article</source>
        <extracomment>Accepted drafts the last save found invalid: why, in the reader's language.</extracomment>
        <translation>匯入文章</translation>
    </message>
    <message>
        <source>Open article…</source>
        <translation>開啟文章…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Accept (A)</source>
        <translation>採用 (A)</translation>
    </message>
    <message>
        <source>Reject (R)</source>
        <translation>捨棄 (R)</translation>
    </message>
    <message>
        <source>Undecided (U)</source>
        <translation>未決定 (U)</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>復原 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Deck name:</source>
        <translation>牌組名稱：</translation>
    </message>
    <message>
        <source>Deck name</source>
        <translation>牌組名稱</translation>
    </message>
    <message>
        <source>Deck id</source>
        <translation>牌組代號</translation>
    </message>
    <message>
        <source>Draft facts</source>
        <translation>草稿事實</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Deck id:</source>
        <translation>牌組代號：</translation>
    </message>
    <message>
        <source>Save deck</source>
        <translation>儲存牌組</translation>
    </message>
    <message>
        <source>Drafts a careful reader would likely find poor or wrong are held back. Show them too; Ctrl+Z hides them again.</source>
        <translation>細心的讀者多半會覺得不好或有錯的草稿先保留不列出。也顯示它們；按 Ctrl+Z 可再隱藏。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Open an article (.md, .txt or .html) to draft facts from it. Sentences with a date, a number, a name or a quotation become draft facts; keep the ones worth learning.</source>
        <translation>開啟一篇文章（.md、.txt 或 .html），從中擬出事實草稿。含有日期、數字、名字或引語的句子會成為草稿；留下值得學的。</translation>
    </message>
    <message>
        <source>Open an article</source>
        <translation>開啟文章</translation>
    </message>
    <message>
        <source>Articles (*.md *.markdown *.txt *.text *.html *.htm *.xhtml);;Drafts from studyapp import (*.json);;All files (*)</source>
        <translation>文章 (*.md *.markdown *.txt *.text *.html *.htm *.xhtml);;studyapp import 產生的草稿 (*.json);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>正在讀取 {name}…</translation>
    </message>
    <message>
        <source>Drafting the held-back drafts…</source>
        <translation>正在起草保留的草稿…</translation>
    </message>
    <message>
        <source>Reading cancelled.</source>
        <translation>已取消讀取。</translation>
    </message>
    <message numerus="yes">
        <source>%n more draft(s) shown: a careful reader would likely find them poor or wrong. Ctrl+Z hides them again.</source>
        <translation>
            <numerusform>多顯示了 %n 則草稿：細心的讀者多半會覺得它們不好或有錯。按 Ctrl+Z 可再隱藏。</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} draft facts from “{title}”.</source>
        <translation>從「{title}」擬出 {count} 則事實草稿。</translation>
    </message>
    <message>
        <source>No facts could be drafted from “{title}”: no sentence in it states something to ask about (a line without a full stop is read as a heading).</source>
        <translation>無法從「{title}」擬出任何事實：其中沒有可以出題的句子（沒有句號的一行會被當作標題）。</translation>
    </message>
    <message numerus="yes">
        <source>%n more held back as likely poor: “Show held-back drafts” brings them in.</source>
        <translation>
            <numerusform>另有 %n 則草稿可能欠佳而被保留：按「顯示保留的草稿」即可加入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Facts already in your deck “{deck}” are shown as accepted; editing them keeps their review history.</source>
        <translation>已在你的牌組「{deck}」中的事實顯示為已採用；編輯它們會保留複習紀錄。</translation>
    </message>
    <message>
        <source>{count} earlier decisions were kept.</source>
        <translation>保留了先前的 {count} 項決定。</translation>
    </message>
    <message>
        <source>The article could not be imported</source>
        <translation>無法匯入這篇文章</translation>
    </message>
    <message>
        <source>The article could not be turned into drafts.</source>
        <translation>無法從這篇文章擬出草稿。</translation>
    </message>
    <message numerus="yes">
        <source>Show %n held-back draft(s)</source>
        <translation>
            <numerusform>顯示保留的 %n 則草稿</numerusform>
        </translation>
    </message>
    <message>
        <source>{accepted} accepted · {rejected} rejected · {pending} pending</source>
        <translation>已採用 {accepted} · 已捨棄 {rejected} · 未決定 {pending}</translation>
    </message>
    <message>
        <source>The deck exists already; its name stays.</source>
        <translation>牌組已存在，名稱維持不變。</translation>
    </message>
    <message>
        <source>Undone: accept.</source>
        <translation>已復原：採用。</translation>
    </message>
    <message>
        <source>Undone: reject.</source>
        <translation>已復原：捨棄。</translation>
    </message>
    <message>
        <source>Undone: undecided.</source>
        <translation>已復原：未決定。</translation>
    </message>
    <message>
        <source>Undone: edit.</source>
        <translation>已復原：編輯。</translation>
    </message>
    <message>
        <source>Undone: deck change.</source>
        <translation>已復原：牌組變更。</translation>
    </message>
    <message>
        <source>Undone: the held-back drafts are hidden again.</source>
        <translation>已復原：保留的草稿再次隱藏。</translation>
    </message>
    <message>
        <source>Edited; Ctrl+Z undoes it.</source>
        <translation>已編輯；按 Ctrl+Z 可復原。</translation>
    </message>
    <message>
        <source>Question: {text}</source>
        <translation>問題：{text}</translation>
    </message>
    <message>
        <source>Answer: {text}</source>
        <translation>答案：{text}</translation>
    </message>
    <message>
        <source>Statement: {text}</source>
        <translation>敘述：{text}</translation>
    </message>
    <message>
        <source>Sources: {text}</source>
        <translation>來源：{text}</translation>
    </message>
    <message>
        <source>{deck} / {fact}</source>
        <translation>{deck} / {fact}</translation>
    </message>
    <message>
        <source>The deck was not saved</source>
        <translation>牌組未儲存</translation>
    </message>
    <message>
        <source>A deck id is made of lower-case letters, digits, '.', '_' or '-' and starts with a letter or a digit, such as import-my-article.</source>
        <translation>牌組代號由小寫字母、數字、「.」「_」或「-」組成，並以字母或數字開頭，例如 import-my-article。</translation>
    </message>
    <message>
        <source>“{id}” is a built-in deck. Choose another id for your deck.</source>
        <translation>「{id}」是內建牌組，請為你的牌組選另一個代號。</translation>
    </message>
    <message>
        <source>The article is needed to add its facts to “{id}”.</source>
        <translation>需要原文章才能把事實加入「{id}」。</translation>
    </message>
    <message>
        <source>Comparing with your deck “{id}”…</source>
        <translation>正在與你的牌組「{id}」比對…</translation>
    </message>
    <message>
        <source>Saved {count} facts to your deck “{title}” ({path}).</source>
        <translation>已將 {count} 則事實存入你的牌組「{title}」（{path}）。</translation>
    </message>
    <message numerus="yes">
        <source>%n accepted draft(s) cannot be saved as they are (marked ⚠ in the list). Fix them, or leave them out and save the others.</source>
        <translation>
            <numerusform>有 %n 則已接受的草稿無法照原樣儲存（清單中標有 ⚠）。請修正，或略過它們、儲存其他草稿。</numerusform>
        </translation>
    </message>
    <message>
        <source>A draft cannot be saved</source>
        <translation>有草稿無法儲存</translation>
    </message>
    <message>
        <source>“{question}” cannot be saved as a fact: {why}</source>
        <translation>「{question}」無法存成事實：{why}</translation>
    </message>
    <message numerus="yes">
        <source>%n other accepted draft(s) cannot be saved either.</source>
        <translation>
            <numerusform>另有 %n 則已接受的草稿也無法儲存。</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix it</source>
        <translation>修正</translation>
    </message>
    <message numerus="yes">
        <source>Leave %n out and save the others</source>
        <translation>
            <numerusform>略過這 %n 則，儲存其他草稿</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LearnScreen</name>
    <message>
        <source>Recognise</source>
        <translation>認出</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>回想</translation>
    </message>
    <message>
        <source>Produce</source>
        <translation>寫出</translation>
    </message>
    <message>
        <source>Learned</source>
        <translation>已學會</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>學習</translation>
    </message>
    <message>
        <source>Learning question</source>
        <translation>學習題目</translation>
    </message>
    <message numerus="yes">
        <source>Each fact climbs three steps: recognise the answer among options, recall it in its sentence, then type it. A right answer moves the fact up; a wrong one moves it down and brings it back within %n question(s), asked anew. The round ends when every fact is at the top. Learning does not change your review schedule.</source>
        <translation>
            <numerusform>每則事實要爬三級：先從選項中認出答案，再在句子裡想起它，最後把它打出來。答對往上一級；答錯退回一級，並在 %n 題之內換個問法再問。每則事實都爬到頂，這一輪就結束。學習不會改動你的複習排程。</numerusform>
        </translation>
    </message>
    <message>
        <source>Decks</source>
        <translation>牌組</translation>
    </message>
    <message>
        <source>Topics (none checked: all)</source>
        <translation>主題（都不勾：全部）</translation>
    </message>
    <message>
        <source>Facts per round:</source>
        <translation>每輪事實數：</translation>
    </message>
    <message>
        <source>Count my first answer to facts that are due as a review (FSRS)</source>
        <translation>到期的事實，第一次作答算作一次複習（FSRS）</translation>
    </message>
    <message>
        <source>Resume the round (Enter)</source>
        <translation>繼續這一輪（Enter）</translation>
    </message>
    <message>
        <source>Start a new round</source>
        <translation>開始新的一輪</translation>
    </message>
    <message>
        <source>Leave (Esc)</source>
        <translation>離開（Esc）</translation>
    </message>
    <message>
        <source>The round is kept: come back to go on</source>
        <translation>這一輪會保留，回來就能接著學</translation>
    </message>
    <message>
        <source>This round</source>
        <translation>這一輪</translation>
    </message>
    <message>
        <source>Facts of this round</source>
        <translation>這一輪的事實</translation>
    </message>
    <message>
        <source>Round complete</source>
        <translation>這一輪完成了</translation>
    </message>
    <message>
        <source>Next round (Enter)</source>
        <translation>下一輪（Enter）</translation>
    </message>
    <message>
        <source>Choose other facts</source>
        <translation>選其他事實</translation>
    </message>
    <message>
        <source>A round is under way: %1 of %2 facts learned, %3 question(s) asked.</source>
        <translation>有一輪正在進行：已學會 %1 / %2 則事實，已答 %3 題。</translation>
    </message>
    <message>
        <source>Choose at least one deck.</source>
        <translation>請至少選一個牌組。</translation>
    </message>
    <message>
        <source>No facts to learn in these decks and topics.</source>
        <translation>這些牌組和主題中沒有可學的事實。</translation>
    </message>
    <message>
        <source>%1 of %2 facts learned</source>
        <translation>已學會 %1 / %2 則事實</translation>
    </message>
    <message>
        <source>The round could not be saved, so it cannot be resumed: %1</source>
        <translation>這一輪無法儲存，之後不能接著學：%1</translation>
    </message>
    <message>
        <source>Answers could not be counted as reviews: %1</source>
        <translation>答案無法算成複習：%1</translation>
    </message>
    <message>
        <source>Step %1 of 3 · %2</source>
        <translation>第 %1 / 3 級 · %2</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>答對了</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>還沒答對</translation>
    </message>
    <message>
        <source>Learned: this fact is at the top.</source>
        <translation>學會了：這則事實已經爬到頂。</translation>
    </message>
    <message>
        <source>Up to %1.</source>
        <translation>升到「%1」。</translation>
    </message>
    <message>
        <source>Your answer: %1</source>
        <translation>你的答案：%1</translation>
    </message>
    <message numerus="yes">
        <source>Back to %1; it comes back within %n question(s), asked anew.</source>
        <translation>
            <numerusform>退回「%1」；%n 題之內會換個問法再問。</numerusform>
        </translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>正確答案：%1</translation>
    </message>
    <message>
        <source>See the round's end (Enter)</source>
        <translation>看這一輪的結果（Enter）</translation>
    </message>
    <message>
        <source>Next question (Enter)</source>
        <translation>下一題（Enter）</translation>
    </message>
    <message numerus="yes">
        <source>You learned %n fact(s) in %1 questions, with %2 mistakes.</source>
        <translation>
            <numerusform>你用 %1 題學會了 %n 則事實，答錯 %2 次。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) of due cards were recorded.</source>
        <translation>
            <numerusform>已記下 %n 次到期卡片的複習。</numerusform>
        </translation>
    </message>
    <message>
        <source>Your review schedule was not changed.</source>
        <translation>你的複習排程沒有變動。</translation>
    </message>
</context>
<context>
    <name>Links</name>
    <message>
        <source>Link not opened</source>
        <translation>未開啟連結</translation>
    </message>
    <message>
        <source>This link is not a web address (http or https), so studyapp does not open it.</source>
        <translation>這個連結不是網址（http 或 https），所以 studyapp 不會開啟它。</translation>
    </message>
    <message>
        <source>Open a web page</source>
        <translation>開啟網頁</translation>
    </message>
    <message>
        <source>Open this address in your web browser?</source>
        <translation>要在網頁瀏覽器中開啟這個網址嗎？</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The decks could not be loaded.</source>
        <extracomment>The decks and the store are ready (emitted once).</extracomment>
        <translation>無法載入牌組。</translation>
    </message>
    <message>
        <source>Decks</source>
        <translation>牌組</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>複習</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>測驗</translation>
    </message>
    <message>
        <source>Browse</source>
        <translation>瀏覽</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Stats</source>
        <translation>統計</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>學習</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>閱讀</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>時間軸</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Import article…</source>
        <translation>匯入文章(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export to Anki…</source>
        <translation>匯出到 Anki(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Bring progress back from Anki…</source>
        <translation>從 Anki 帶回學習進度(&amp;B)…</translation>
    </message>
    <message>
        <source>Back&amp;ups…</source>
        <translation>備份(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About studyapp</source>
        <translation>關於 studyapp(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>鍵盤快速鍵(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Undo last rating</source>
        <translation>復原上一次評分(&amp;U)</translation>
    </message>
    <message>
        <source>Switch 繁 / 简</source>
        <translation>切換繁 / 简</translation>
    </message>
    <message>
        <source>Show the content in Traditional characters (Ctrl+T)</source>
        <translation>以繁體字顯示內容（Ctrl+T）</translation>
    </message>
    <message>
        <source>Show the content in Simplified characters (Ctrl+T)</source>
        <translation>以簡體字顯示內容（Ctrl+T）</translation>
    </message>
    <message>
        <source>Script:</source>
        <translation>用字：</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>畫面</translation>
    </message>
    <message>
        <source>Loading decks…</source>
        <translation>正在載入牌組…</translation>
    </message>
    <message>
        <source>Undo the last rating, bury or suspension</source>
        <translation>復原上一次評分、暫緩或暫停</translation>
    </message>
    <message>
        <source>Review: edit the fact (your own decks)</source>
        <translation>複習：編輯這則事實（你自己的牌組）</translation>
    </message>
    <message>
        <source>Review: bury the card until tomorrow</source>
        <translation>複習：把卡片暫緩到明天</translation>
    </message>
    <message>
        <source>Review: suspend the card</source>
        <translation>複習：暫停這張卡片</translation>
    </message>
    <message>
        <source>Review: red, orange, green, blue flag (again: no flag)</source>
        <translation>複習：紅、橙、綠、藍旗（再按一次：取消旗標）</translation>
    </message>
    <message>
        <source>Review: show the fact in Browse</source>
        <translation>複習：在瀏覽中顯示這則事實</translation>
    </message>
    <message>
        <source>Decks, Review, Quiz, Browse, Sources, Stats (not on Review: flags)</source>
        <translation>牌組、複習、測驗、瀏覽、來源、統計（複習畫面除外：那裡是旗標）</translation>
    </message>
    <message>
        <source>Decks, Review, Quiz, Browse, Sources, Stats (everywhere)</source>
        <translation>牌組、複習、測驗、瀏覽、來源、統計（任何畫面）</translation>
    </message>
    <message>
        <source>Learn, Read, Timeline</source>
        <translation>學習、閱讀、時間軸</translation>
    </message>
    <message>
        <source>Move between controls (a ring shows where you are)</source>
        <translation>在控制項之間移動（外框標出目前位置）</translation>
    </message>
    <message>
        <source>Export to Anki</source>
        <translation>匯出到 Anki</translation>
    </message>
    <message>
        <source>About studyapp</source>
        <translation>關於 studyapp</translation>
    </message>
    <message>
        <source>&lt;h3&gt;studyapp {version}&lt;/h3&gt;&lt;p&gt;Study two Chinese articles about how Anthropic began: flashcards with FSRS scheduling, timed quizzes, the articles' disagreements side by side, and export to Anki.&lt;/p&gt;&lt;p&gt;Your progress is kept in {path}.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;studyapp {version}&lt;/h3&gt;&lt;p&gt;研讀兩篇關於 Anthropic 創辦歷程的中文文章：以 FSRS 排程的記憶卡、計時測驗、並排比較兩篇文章的出入，並可匯出到 Anki。&lt;/p&gt;&lt;p&gt;你的學習進度儲存在 {path}。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Space / Enter</source>
        <translation>空白鍵 / Enter</translation>
    </message>
    <message>
        <source>Show the answer; on the answer: Good</source>
        <translation>顯示答案；在答案面：良好</translation>
    </message>
    <message>
        <source>Again, Hard, Good, Easy</source>
        <translation>重來、困難、良好、簡單</translation>
    </message>
    <message>
        <source>Switch between 繁 and 简</source>
        <translation>切換繁 / 简</translation>
    </message>
    <message>
        <source>Search (in Browse)</source>
        <translation>搜尋（在瀏覽中）</translation>
    </message>
    <message>
        <source>Import an article</source>
        <translation>匯入文章</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>結束</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>鍵盤快速鍵</translation>
    </message>
    <message>
        <source>Your progress is open read-only</source>
        <translation>你的學習進度以唯讀方式開啟</translation>
    </message>
    <message>
        <source>You can browse the decks and take quizzes; nothing is saved.</source>
        <translation>你可以瀏覽牌組、進行測驗，但不會儲存任何內容。</translation>
    </message>
    <message>
        <source>Your progress could not be opened</source>
        <translation>無法開啟你的學習進度</translation>
    </message>
    <message>
        <source>studyapp will run without saving progress until this is fixed.</source>
        <translation>在問題解決之前，studyapp 會在不儲存進度的情況下執行。</translation>
    </message>
</context>
<context>
    <name>MatchView</name>
    <message>
        <source>Match</source>
        <translation>配對</translation>
    </message>
    <message>
        <source>New game</source>
        <translation>新一局</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>All pairs matched!</source>
        <translation>全部配對完成！</translation>
    </message>
    <message>
        <source>Play again</source>
        <translation>再玩一次</translation>
    </message>
    <message>
        <source>Back to the quiz</source>
        <translation>回到測驗</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>已選</translation>
    </message>
    <message>
        <source>A pair: %1</source>
        <translation>配成一對：%1</translation>
    </message>
    <message>
        <source>Not a pair: one second more</source>
        <translation>不是一對：多加一秒</translation>
    </message>
    <message>
        <source>Best: %1</source>
        <translation>最佳：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n wrong pair(s), one second added for each.</source>
        <translation>
            <numerusform>配錯 %n 次，每次加一秒。</numerusform>
        </translation>
    </message>
    <message>
        <source>No wrong pairs.</source>
        <translation>沒有配錯。</translation>
    </message>
    <message>
        <source>No best time yet</source>
        <translation>還沒有最佳時間</translation>
    </message>
    <message>
        <source>This deck has too few facts for a game.</source>
        <translation>這個牌組的事實太少，無法開局。</translation>
    </message>
    <message>
        <source>Done in %1.</source>
        <translation>用時 %1 完成。</translation>
    </message>
    <message>
        <source>A new best time!</source>
        <translation>新的最佳時間！</translation>
    </message>
    <message>
        <source>Click a tile, then its partner. The clock starts with your first click.</source>
        <translation>點一張卡，再點與它配成一對的卡。第一次點擊時開始計時。</translation>
    </message>
    <message>
        <source>Wrong pairs: %1 (one second each)</source>
        <translation>配錯 %1 次（每次加一秒）</translation>
    </message>
</context>
<context>
    <name>MatchingAnswer</name>
    <message>
        <source>Check (Enter)</source>
        <translation>檢查（Enter）</translation>
    </message>
    <message numerus="yes">
        <source>Pick an item on the left (1–%n), then its partner (A–…).</source>
        <translation>
            <numerusform>先選左邊一項（1–%n），再選右邊與它對應的一項（A–…）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderingAnswer</name>
    <message>
        <source>Items to put in order</source>
        <translation>要排序的項目</translation>
    </message>
    <message>
        <source>Earliest first. Drag, or ↑/↓ to choose and Ctrl+↑/↓ to move; Enter checks.</source>
        <translation>最早的在前。可拖曳，或用 ↑/↓ 選擇、Ctrl+↑/↓ 移動；按 Enter 檢查。</translation>
    </message>
    <message>
        <source>Check (Enter)</source>
        <translation>檢查（Enter）</translation>
    </message>
</context>
<context>
    <name>PeopleScreen</name>
    <message>
        <source>People</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>The chosen person</source>
        <translation>所選的人物</translation>
    </message>
    <message>
        <source>Quiz me on these facts</source>
        <translation>用這些事實考我</translation>
    </message>
    <message>
        <source>Co-founders</source>
        <translation>共同創辦人</translation>
    </message>
    <message>
        <source>Others in the articles</source>
        <translation>文章中的其他人</translation>
    </message>
    <message>
        <source>Co-founder</source>
        <translation>共同創辦人</translation>
    </message>
    <message>
        <source>What each article says they said or did</source>
        <translation>各篇文章說此人說了什麼、做了什麼</translation>
    </message>
    <message>
        <source>[quote]</source>
        <translation>〔引述〕</translation>
    </message>
    <message>
        <source>Show in article</source>
        <translation>在文章中查看</translation>
    </message>
    <message>
        <source>Roles: %1</source>
        <translation>角色：%1</translation>
    </message>
    <message>
        <source>Also written: %1</source>
        <translation>也寫作：%1</translation>
    </message>
    <message>
        <source>Where the articles name different people</source>
        <translation>兩篇文章說的是不同的人</translation>
    </message>
    <message numerus="yes">
        <source>%n fact(s)</source>
        <translation>
            <numerusform>%n 則事實</numerusform>
        </translation>
    </message>
    <message>
        <source>(says nothing of them)</source>
        <translation>（沒有提到此人）</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>查詢(&amp;L)：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>檔案類型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>QuizFeedback</name>
    <message>
        <source>✓ Right</source>
        <translation>✓ 答對了</translation>
    </message>
    <message>
        <source>✗ Time's up</source>
        <translation>✗ 時間到</translation>
    </message>
    <message>
        <source>— Not answered</source>
        <translation>— 未作答</translation>
    </message>
    <message>
        <source>✗ Wrong</source>
        <translation>✗ 答錯了</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>（未作答）</translation>
    </message>
    <message>
        <source>The articles disagree:</source>
        <translation>兩篇文章說法不同：</translation>
    </message>
    <message>
        <source>This question follows %1.</source>
        <translation>本題依照%1。</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>出處：%1</translation>
    </message>
    <message>
        <source>I was right</source>
        <translation>我答對了</translation>
    </message>
    <message>
        <source>Report this question…</source>
        <translation>回報這一題…</translation>
    </message>
    <message>
        <source>Your answer: %1</source>
        <translation>你的答案：%1</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>正確答案：%1</translation>
    </message>
</context>
<context>
    <name>QuizPage</name>
    <message>
        <source>No mistakes in your last quizzes: nothing to retry.</source>
        <translation>最近的測驗沒有錯題，沒有可重做的題目。</translation>
    </message>
    <message>
        <source>No questions can be made from these decks, topics and types.</source>
        <translation>無法從這些牌組、主題和題型出題。</translation>
    </message>
    <message>
        <source>No questions can be made from these facts.</source>
        <translation>這些事實無法出題。</translation>
    </message>
    <message>
        <source>Progress is unavailable: this quiz was not saved.</source>
        <translation>無法使用學習進度，這次測驗沒有儲存。</translation>
    </message>
    <message>
        <source>This quiz could not be saved completely.</source>
        <translation>這次測驗未能完整儲存。</translation>
    </message>
    <message>
        <source>Report this question</source>
        <translation>回報這一題</translation>
    </message>
    <message>
        <source>What is wrong with this question? It will not be asked again.</source>
        <translation>這一題哪裡有問題？之後不會再出這一題。</translation>
    </message>
    <message>
        <source>Your answer could not be saved.</source>
        <translation>無法儲存你的答案。</translation>
    </message>
    <message>
        <source>Progress is unavailable: the report was not saved.</source>
        <translation>無法使用學習進度：回報沒有儲存。</translation>
    </message>
    <message>
        <source>The report could not be saved.</source>
        <translation>無法儲存回報。</translation>
    </message>
    <message>
        <source>Thank you: this question will not be asked again.</source>
        <translation>謝謝：之後不會再出這一題。</translation>
    </message>
    <message>
        <source>Progress is unavailable: mistakes cannot be sent to review.</source>
        <translation>無法使用學習進度，錯題無法加入複習。</translation>
    </message>
    <message>
        <source>Could not update the cards: %1</source>
        <translation>無法更新卡片：%1</translation>
    </message>
    <message>
        <source>None of your mistakes' cards could be added to Review.</source>
        <translation>錯題的卡片都無法加入複習。</translation>
    </message>
    <message numerus="yes">
        <source>Review now has %n card(s) of your mistakes, due today.</source>
        <translation>
            <numerusform>複習中現在有錯題的 %n 張卡片，今天到期。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due now: %n card(s) you had studied.</source>
        <translation>
            <numerusform>現在到期：%n 張你學過的卡片。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Learning now: %n new card(s), not counted toward today's new-card limit.</source>
        <translation>
            <numerusform>現在開始學習：%n 張新卡片，不計入今天的新卡片上限。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left suspended: %n card(s).</source>
        <translation>
            <numerusform>仍暫停：%n 張卡片。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuizWords</name>
    <message>
        <source>Flashcard</source>
        <translation>閃卡</translation>
    </message>
    <message>
        <source>Fill in the blank</source>
        <translation>填空</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>選擇題</translation>
    </message>
    <message>
        <source>True or false</source>
        <translation>是非題</translation>
    </message>
    <message>
        <source>Matching</source>
        <translation>配對題</translation>
    </message>
    <message>
        <source>Put in order</source>
        <translation>排序題</translation>
    </message>
    <message>
        <source>Type the answer</source>
        <translation>輸入答案</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>I knew it</source>
        <translation>我答對了</translation>
    </message>
    <message>
        <source>I didn't know</source>
        <translation>我不會</translation>
    </message>
    <message>
        <source>True</source>
        <translation>對</translation>
    </message>
    <message>
        <source>False</source>
        <translation>錯</translation>
    </message>
</context>
<context>
    <name>ReadScreen</name>
    <message>
        <source>Read</source>
        <translation>閱讀</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Facts of this passage</source>
        <translation>這段的事實</translation>
    </message>
    <message>
        <source>Review these</source>
        <translation>複習這些</translation>
    </message>
    <message>
        <source>Bring these facts' cards forward and review them now</source>
        <translation>把這些事實的卡片提前，現在就複習</translation>
    </message>
    <message>
        <source>Quiz me on this passage</source>
        <translation>用這一段考我</translation>
    </message>
    <message>
        <source>No article to read yet. Import an article (Ctrl+I): its text is kept with your deck, and every sentence you keep as a fact is marked here.</source>
        <translation>還沒有可讀的文章。匯入一篇文章（Ctrl+I）後，它的全文會和你的牌組放在一起，你留作事實的每一句都會在這裡標出。</translation>
    </message>
    <message>
        <source>This fact has no place in an article.</source>
        <translation>這則事實在文章中找不到出處。</translation>
    </message>
    <message>
        <source>%1 (outline)</source>
        <translation>%1（大綱）</translation>
    </message>
    <message>
        <source>The article as you imported it. Each sentence that holds a fact is coloured by how well you know it now; click one to see its facts.</source>
        <translation>這是你匯入的文章原文。含有事實的句子，依你現在記得的程度上色；點一句可看它的事實。</translation>
    </message>
    <message>
        <source>This article is not shipped with studyapp. Here is its outline, section by section in the article's order, with the facts of each; click a section to see its facts.</source>
        <translation>studyapp 沒有附上這篇文章的全文。這裡是它的大綱：依文章的順序逐節列出，附上每一節的事實；點一節可看它的事實。</translation>
    </message>
    <message>
        <source>Open the article</source>
        <translation>開啟文章</translation>
    </message>
    <message numerus="yes">
        <source>%n fact(s) of this article are not marked in its text.</source>
        <translation>
            <numerusform>這篇文章有 %n 則事實沒有在文中標出。</numerusform>
        </translation>
    </message>
    <message>
        <source>Published {date}</source>
        <translation>發布於 {date}</translation>
    </message>
    <message numerus="yes">
        <source>%n section(s)</source>
        <translation>
            <numerusform>共 %n 節</numerusform>
        </translation>
    </message>
    <message>
        <source>(no facts from this section)</source>
        <translation>（這一節沒有事實）</translation>
    </message>
    <message>
        <source>Click a marked sentence or a section</source>
        <translation>點一個標出的句子或一節</translation>
    </message>
    <message numerus="yes">
        <source>%n fact(s) in this sentence</source>
        <translation>
            <numerusform>這句話有 %n 則事實</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>Retry my mistakes</source>
        <extracomment>Whether a fact has a place in an article (then its item offers Show in article).</extracomment>
        <translation>重做錯題</translation>
    </message>
    <message>
        <source>Every question and its answer</source>
        <translation>每一題與其答案</translation>
    </message>
    <message>
        <source>Score by question type</source>
        <translation>各題型得分</translation>
    </message>
    <message>
        <source>Add my mistakes to review</source>
        <translation>把錯題加入複習</translation>
    </message>
    <message>
        <source>New quiz</source>
        <translation>新測驗</translation>
    </message>
    <message>
        <source>History</source>
        <translation>紀錄</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>用時：%1</translation>
    </message>
    <message>
        <source>The quiz's time ran out.</source>
        <translation>測驗時間已到。</translation>
    </message>
    <message>
        <source>Ended after %1 of %2 questions.</source>
        <translation>共 %2 題，作答 %1 題後結束。</translation>
    </message>
    <message>
        <source>By type</source>
        <translation>各題型</translation>
    </message>
    <message>
        <source>By topic</source>
        <translation>各主題</translation>
    </message>
</context>
<context>
    <name>RetentionSpin</name>
    <message>
        <source>How likely you should be to remember a card when it comes back (0.90 = 90%).</source>
        <translation>卡片再次出現時，你應該記得它的機率（0.90 = 90%）。</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>Review</source>
        <translation>複習</translation>
    </message>
    <message>
        <source>Show answer</source>
        <translation>顯示答案</translation>
    </message>
    <message>
        <source>The card</source>
        <translation>卡片</translation>
    </message>
    <message>
        <source>Space or Enter</source>
        <translation>空白鍵或 Enter</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>復原</translation>
    </message>
    <message>
        <source>Take back the last rating (Ctrl+Z)</source>
        <translation>收回上一次評分（Ctrl+Z）</translation>
    </message>
    <message>
        <source>Undo last rating</source>
        <translation>復原上一次評分</translation>
    </message>
    <message>
        <source>Back to decks</source>
        <translation>回到牌組</translation>
    </message>
    <message>
        <source>&amp;Custom study…</source>
        <translation>自訂學習(&amp;C)…</translation>
    </message>
    <message>
        <source>More new cards, more reviews, review ahead or today's forgotten cards</source>
        <translation>多學新卡片、多複習、提前複習或複習今天忘記的卡片</translation>
    </message>
    <message>
        <source>Show in article</source>
        <translation>在文章中查看</translation>
    </message>
    <message>
        <source>Undo rating</source>
        <translation>復原評分</translation>
    </message>
    <message>
        <source>Edit (E)</source>
        <translation>編輯（E）</translation>
    </message>
    <message>
        <source>Bury (-)</source>
        <translation>暫緩（-）</translation>
    </message>
    <message>
        <source>Put this card away until tomorrow</source>
        <translation>把這張卡片先收起來，明天再複習</translation>
    </message>
    <message>
        <source>Suspend (@)</source>
        <translation>暫停（@）</translation>
    </message>
    <message>
        <source>Keep this card out of reviews until unsuspended</source>
        <translation>讓這張卡片不再出現在複習中，直到取消暫停</translation>
    </message>
    <message>
        <source>Flag (Ctrl+1–4)</source>
        <translation>旗標（Ctrl+1–4）</translation>
    </message>
    <message>
        <source>Browse (B)</source>
        <translation>瀏覽（B）</translation>
    </message>
    <message>
        <source>Show this fact in Browse</source>
        <translation>在瀏覽中顯示這則事實</translation>
    </message>
    <message>
        <source>No flag</source>
        <translation>無旗標</translation>
    </message>
    <message>
        <source>Red flag</source>
        <translation>紅旗</translation>
    </message>
    <message>
        <source>Orange flag</source>
        <translation>橙旗</translation>
    </message>
    <message>
        <source>Green flag</source>
        <translation>綠旗</translation>
    </message>
    <message>
        <source>Blue flag</source>
        <translation>藍旗</translation>
    </message>
    <message>
        <source>Only the facts of your own decks can be edited here.</source>
        <translation>這裡只能編輯你自己的牌組中的事實。</translation>
    </message>
    <message>
        <source>Fact saved.</source>
        <translation>事實已儲存。</translation>
    </message>
    <message>
        <source>Buried until tomorrow. Ctrl+Z brings it back.</source>
        <translation>已暫緩到明天。按 Ctrl+Z 可拿回來。</translation>
    </message>
    <message>
        <source>Suspended. Ctrl+Z brings it back; Browse can unsuspend it later.</source>
        <translation>已暫停。按 Ctrl+Z 可拿回來；之後也可在瀏覽中取消暫停。</translation>
    </message>
    <message>
        <source>Unburied.</source>
        <translation>已取消暫緩。</translation>
    </message>
    <message>
        <source>Unsuspended.</source>
        <translation>已取消暫停。</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} 分鐘</translation>
    </message>
    <message>
        <source>{n} h</source>
        <translation>{n} 小時</translation>
    </message>
    <message>
        <source>{n} d</source>
        <translation>{n} 天</translation>
    </message>
    <message>
        <source>{n} mo</source>
        <translation>{n} 個月</translation>
    </message>
    <message>
        <source>{n} y</source>
        <translation>{n} 年</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>重來</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>困難</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>良好</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>簡單</translation>
    </message>
    <message>
        <source>Reviewing is not available</source>
        <translation>目前無法複習</translation>
    </message>
    <message>
        <source>Choose a deck to study</source>
        <translation>請選擇要學習的牌組</translation>
    </message>
    <message>
        <source>All decks</source>
        <translation>所有牌組</translation>
    </message>
    <message numerus="yes">
        <source>review ahead, %n day(s)</source>
        <translation>
            <numerusform>提前複習 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>today's forgotten cards</source>
        <translation>今天忘記的卡片</translation>
    </message>
    <message>
        <source>{deck} · Custom study: {kind}</source>
        <translation>{deck} · 自訂學習：{kind}</translation>
    </message>
    <message>
        <source>New {n}</source>
        <translation>新 {n}</translation>
    </message>
    <message>
        <source>Learning {n}</source>
        <translation>學習中 {n}</translation>
    </message>
    <message>
        <source>Due {n}</source>
        <translation>到期 {n}</translation>
    </message>
    <message>
        <source>{done} done</source>
        <translation>已完成 {done}</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Fill in the blank</source>
        <translation>填空</translation>
    </message>
    <message>
        <source>What is this about?</source>
        <translation>這是關於什麼？</translation>
    </message>
    <message>
        <source>This card's fact is no longer in its deck.</source>
        <translation>這張卡片的事實已不在牌組中。</translation>
    </message>
    <message>
        <source>Key {key}</source>
        <translation>按鍵 {key}</translation>
    </message>
    <message>
        <source>Edit this fact</source>
        <translation>編輯這則事實</translation>
    </message>
    <message>
        <source>The articles disagree:</source>
        <translation>兩篇文章說法不同：</translation>
    </message>
    <message>
        <source>Source: {sources}</source>
        <translation>來源：{sources}</translation>
    </message>
    <message>
        <source>Custom study done</source>
        <translation>自訂學習完成</translation>
    </message>
    <message>
        <source>Nothing is due now</source>
        <translation>目前沒有到期的卡片</translation>
    </message>
    <message numerus="yes">
        <source>You reviewed %n card(s) in this session.</source>
        <translation>
            <numerusform>這一輪你複習了 %n 張卡片。</numerusform>
        </translation>
    </message>
    <message>
        <source>A card you are learning comes back in {when}.</source>
        <translation>正在學習的卡片將在 {when}後再出現。</translation>
    </message>
    <message>
        <source>Your next reviews are due tomorrow.</source>
        <translation>下一次複習在明天。</translation>
    </message>
    <message numerus="yes">
        <source>Your next reviews are due in %n day(s), on {date}.</source>
        <translation>
            <numerusform>下一次複習在 %n 天後（{date}）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing else is scheduled yet.</source>
        <translation>目前沒有其他排定的複習。</translation>
    </message>
    <message>
        <source>Today's new cards are done; more come tomorrow.</source>
        <translation>今天的新卡片已經學完，明天會有更多。</translation>
    </message>
</context>
<context>
    <name>RunView</name>
    <message>
        <source>Paused</source>
        <extracomment>Whether a fact has a place in an article (then the verdict offers Show in article). A topic's title in the current script (deck id, topic id): the line above the question, as a review card and an Anki card have it.</extracomment>
        <translation>已暫停</translation>
    </message>
    <message>
        <source>Quiz question</source>
        <translation>測驗題目</translation>
    </message>
    <message>
        <source>The clock is stopped. Press Esc or Resume to go on.</source>
        <translation>計時已停止。按 Esc 或「繼續」接著作答。</translation>
    </message>
    <message>
        <source>Resume (Esc)</source>
        <translation>繼續（Esc）</translation>
    </message>
    <message>
        <source>End the quiz</source>
        <translation>結束測驗</translation>
    </message>
    <message>
        <source>I was right</source>
        <translation>我答對了</translation>
    </message>
    <message>
        <source>Report this question…</source>
        <translation>回報這一題…</translation>
    </message>
    <message>
        <source>Question %1 / %2</source>
        <translation>第 %1 / %2 題</translation>
    </message>
    <message>
        <source>Score: %1</source>
        <translation>得分：%1</translation>
    </message>
    <message>
        <source>Not saved: progress is unavailable</source>
        <translation>不會儲存：無法使用學習進度</translation>
    </message>
    <message>
        <source>Not saved: the progress file could not be written</source>
        <translation>不會儲存：無法寫入進度檔案</translation>
    </message>
    <message>
        <source>Pause (Esc)</source>
        <translation>暫停（Esc）</translation>
    </message>
    <message>
        <source>See the results (Enter)</source>
        <translation>查看結果（Enter）</translation>
    </message>
    <message>
        <source>Next question (Enter)</source>
        <translation>下一題（Enter）</translation>
    </message>
    <message>
        <source>Match each item with its partner.</source>
        <translation>把每一項與對應的一項配成對。</translation>
    </message>
    <message>
        <source>Put these in order, earliest first.</source>
        <translation>依時間先後排列，最早的在前。</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>剩 %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Language and appearance</source>
        <translation>語言與外觀</translation>
    </message>
    <message>
        <source>Studying</source>
        <translation>學習</translation>
    </message>
    <message>
        <source>Scheduler</source>
        <translation>排程</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>介面語言(&amp;L)：</translation>
    </message>
    <message>
        <source>Study &amp;script:</source>
        <translation>學習用字(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主題(&amp;T)：</translation>
    </message>
    <message>
        <source>Reading &amp;font size:</source>
        <translation>閱讀字級(&amp;F)：</translation>
    </message>
    <message>
        <source>Desired &amp;retention:</source>
        <translation>目標記憶率(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;New cards per day:</source>
        <translation>每日新卡片數(&amp;N)：</translation>
    </message>
    <message>
        <source>Maximum re&amp;views per day:</source>
        <translation>每日複習上限(&amp;V)：</translation>
    </message>
    <message>
        <source>The defaults of every deck; a deck can have its own (Decks → Options…).</source>
        <translation>每個牌組的預設值；牌組也可以有自己的設定（牌組 → 選項…）。</translation>
    </message>
    <message>
        <source>&amp;Balance the daily load</source>
        <translation>平均分配每日複習量(&amp;B)</translation>
    </message>
    <message>
        <source>Within the few days a review may move, put it on the day with the fewest reviews due, so that busy days do not pile up.</source>
        <translation>在複習可挪動的幾天內，排到到期卡片最少的那天，避免忙碌的日子越堆越多。</translation>
    </message>
    <message>
        <source>Light days:</source>
        <translation>輕鬆日：</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Light days get about half the reviews of other days.</source>
        <translation>輕鬆日的複習量約為其他日子的一半。</translation>
    </message>
    <message>
        <source>Card kinds:</source>
        <translation>卡片種類：</translation>
    </message>
    <message>
        <source>&amp;Question → answer</source>
        <translation>問題 → 答案(&amp;Q)</translation>
    </message>
    <message>
        <source>Fill in the &amp;blank</source>
        <translation>填空(&amp;B)</translation>
    </message>
    <message>
        <source>Ans&amp;wer → question</source>
        <translation>答案 → 問題(&amp;W)</translation>
    </message>
    <message>
        <source>Same as the computer</source>
        <translation>與電腦相同</translation>
    </message>
    <message>
        <source>Traditional characters (繁體)</source>
        <translation>繁體字</translation>
    </message>
    <message>
        <source>Simplified characters (简体)</source>
        <translation>簡體字</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>淺色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Fit the scheduler to your own answers, so cards come back when you are about to forget them. It needs at least {n} reviews.</source>
        <translation>依你自己的作答調整排程，讓卡片在你快要忘記時再出現。至少需要 {n} 次複習。</translation>
    </message>
    <message>
        <source>How it decides: new parameters are fitted on your earlier answers only and kept only if they predict your latest answers (the last quarter, held out) better than the current ones.</source>
        <translation>決定方式：新參數只用你較早的作答來擬合，只有在預測你最近的作答（保留未用的最後四分之一）比目前的參數更準時才採用。</translation>
    </message>
    <message numerus="yes">
        <source>Your review log has %n answer(s).</source>
        <translation>
            <numerusform>你的複習紀錄有 %n 次作答。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It learns from the answers to cards that came back on a later day: %n of them so far.</source>
        <translation>
            <numerusform>它從隔天之後再出現的卡片的作答中學習：目前有 %n 次。</numerusform>
        </translation>
    </message>
    <message>
        <source>Your answers span too few days to hold the latest back for a test; the current settings stay.</source>
        <translation>你的作答橫跨的天數太少，無法保留最近的作答來測試；保留目前的設定。</translation>
    </message>
    <message>
        <source>log loss {before} with the current parameters, {after} fitted;</source>
        <translation>對數損失：目前參數 {before}，擬合參數 {after}；</translation>
    </message>
    <message>
        <source>RMSE {before} current, {after} fitted (lower is better).</source>
        <translation>RMSE：目前 {before}，擬合 {after}（越低越好）。</translation>
    </message>
    <message>
        <source>The fit predicts better: the scheduler now uses parameters fitted to all your answers.</source>
        <translation>擬合的參數預測得更準：排程現在使用以你所有作答擬合的參數。</translation>
    </message>
    <message>
        <source>The fit did not succeed; the current parameters stay.</source>
        <translation>擬合沒有成功；保留目前的參數。</translation>
    </message>
    <message>
        <source>The fit does not predict better, so the current parameters stay.</source>
        <translation>擬合的參數沒有預測得更準，所以保留目前的參數。</translation>
    </message>
    <message>
        <source>&amp;Optimize my scheduler</source>
        <translation>最佳化我的排程(&amp;O)</translation>
    </message>
    <message>
        <source>Optimizing…</source>
        <translation>正在最佳化…</translation>
    </message>
    <message numerus="yes">
        <source>Learned from %n review(s).</source>
        <translation>
            <numerusform>從 %n 次複習中學習。</numerusform>
        </translation>
    </message>
    <message>
        <source>That is not enough yet ({n} needed); the current settings stay.</source>
        <translation>目前還不夠（需要 {n} 次），保留目前的設定。</translation>
    </message>
    <message numerus="yes">
        <source>Tested on your %n latest answer(s), which the fit did not see:</source>
        <translation>
            <numerusform>以擬合時沒用到的最近 %n 次作答測試：</numerusform>
        </translation>
    </message>
    <message>
        <source>those of the last {days} days;</source>
        <translation>也就是最近 {days} 天的作答；</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Optimizing failed: {reason}</source>
        <translation>最佳化失敗：{reason}</translation>
    </message>
</context>
<context>
    <name>SetupView</name>
    <message>
        <source>Timed quiz</source>
        <translation>計時測驗</translation>
    </message>
    <message>
        <source>Decks</source>
        <translation>牌組</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>主題</translation>
    </message>
    <message>
        <source>None ticked: every topic.</source>
        <translation>都不勾選即為全部主題。</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>題數</translation>
    </message>
    <message>
        <source>Number of questions</source>
        <translation>題數</translation>
    </message>
    <message>
        <source>Types</source>
        <translation>題型</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>事實</translation>
    </message>
    <message>
        <source>All facts</source>
        <translation>所有事實</translation>
    </message>
    <message>
        <source>Due and weak first</source>
        <translation>到期與薄弱優先</translation>
    </message>
    <message>
        <source>My last mistakes</source>
        <translation>上次的錯題</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>時間限制</translation>
    </message>
    <message>
        <source>Per question</source>
        <translation>每題</translation>
    </message>
    <message>
        <source>For the whole quiz</source>
        <translation>整份測驗</translation>
    </message>
    <message>
        <source>None</source>
        <translation>不限時</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>秒數</translation>
    </message>
    <message>
        <source>Seconds per question</source>
        <translation>每題秒數</translation>
    </message>
    <message>
        <source>for a plain answer; typed answers get half as long again, matching and ordering this long for every two pairs or items</source>
        <translation>用於一般作答；打字作答再多一半時間，配對與排序則每兩組或兩項給這麼多時間</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>對錯回饋</translation>
    </message>
    <message>
        <source>After each answer</source>
        <translation>每題作答後</translation>
    </message>
    <message>
        <source>Only at the end</source>
        <translation>只在最後</translation>
    </message>
    <message>
        <source>Start the quiz</source>
        <translation>開始測驗</translation>
    </message>
    <message>
        <source>History</source>
        <translation>紀錄</translation>
    </message>
    <message>
        <source>Match game</source>
        <translation>配對遊戲</translation>
    </message>
    <message>
        <source>Progress is unavailable, so this quiz will not be saved and “due and weak first” and “my last mistakes” ask about all facts.</source>
        <translation>無法使用學習進度，所以這次測驗不會儲存，「到期與薄弱優先」和「上次的錯題」都會從所有事實出題。</translation>
    </message>
    <message>
        <source>Your progress is open read-only, so this quiz will not be saved.</source>
        <translation>你的學習進度以唯讀方式開啟，所以這次測驗不會儲存。</translation>
    </message>
    <message>
        <source>Tick at least one deck.</source>
        <translation>請至少勾選一個牌組。</translation>
    </message>
    <message>
        <source>Tick at least one question type.</source>
        <translation>請至少勾選一種題型。</translation>
    </message>
</context>
<context>
    <name>SourcesScreen</name>
    <message>
        <source>Sources and where they disagree</source>
        <translation>來源與兩篇的出入</translation>
    </message>
    <message>
        <source>There are no decks yet.</source>
        <translation>還沒有任何牌組。</translation>
    </message>
    <message>
        <source>Where the articles disagree</source>
        <translation>兩篇文章說法不同之處</translation>
    </message>
    <message numerus="yes">
        <source>%n fact(s) are told differently. Each row shows what each article says.</source>
        <translation>
            <numerusform>有 %n 則事實兩篇說法不同。每一列並排列出各篇文章的說法。</numerusform>
        </translation>
    </message>
    <message>
        <source>Question</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>(does not say)</source>
        <translation>（沒有提到）</translation>
    </message>
    <message>
        <source>Traditional (繁體)</source>
        <translation>繁體</translation>
    </message>
    <message>
        <source>Simplified (简体)</source>
        <translation>簡體</translation>
    </message>
    <message>
        <source>Published {date}</source>
        <translation>發布於 {date}</translation>
    </message>
    <message>
        <source>written in {script}</source>
        <translation>以{script}撰寫</translation>
    </message>
    <message>
        <source>Author: {name}</source>
        <translation>作者：{name}</translation>
    </message>
    <message>
        <source>Open the article</source>
        <translation>開啟文章</translation>
    </message>
    <message>
        <source>the video it summarises</source>
        <translation>文章整理的影片</translation>
    </message>
    <message numerus="yes">
        <source>Supports %n fact(s)</source>
        <translation>
            <numerusform>支持 %n 則事實</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>tells %n fact(s) differently</source>
        <translation>
            <numerusform>有 %n 則事實說法不同</numerusform>
        </translation>
    </message>
    <message>
        <source>{first}; {second}</source>
        <translation>{first}；{second}</translation>
    </message>
    <message>
        <source>Topics covered:</source>
        <translation>涵蓋的主題：</translation>
    </message>
</context>
<context>
    <name>StatsScreen</name>
    <message>
        <source>Statistics</source>
        <translation>統計</translation>
    </message>
    <message>
        <source>reviews today</source>
        <translation>今日複習</translation>
    </message>
    <message>
        <source>reviews in all</source>
        <translation>總複習次數</translation>
    </message>
    <message>
        <source>cards studied</source>
        <translation>學過的卡片</translation>
    </message>
    <message>
        <source>days in a row</source>
        <translation>連續天數</translation>
    </message>
    <message>
        <source>minutes today</source>
        <translation>今日分鐘數</translation>
    </message>
    <message>
        <source>answered correctly (12 weeks)</source>
        <translation>答對率（12 週）</translation>
    </message>
    <message>
        <source>Reviews per day (30 days)</source>
        <translation>每日複習數（30 天）</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新卡片</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>學習中</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>複習</translation>
    </message>
    <message>
        <source>No reviews yet.</source>
        <translation>還沒有複習紀錄。</translation>
    </message>
    <message>
        <source>Due in the next 30 days</source>
        <translation>未來 30 天到期</translation>
    </message>
    <message>
        <source>Nothing is scheduled yet.</source>
        <translation>目前還沒有排定的複習。</translation>
    </message>
    <message>
        <source>Retention per week (review cards not forgotten)</source>
        <translation>每週記憶率（複習卡片沒有忘記的比例）</translation>
    </message>
    <message>
        <source>Retention appears once cards come back for review.</source>
        <translation>卡片回來複習後，就會顯示記憶率。</translation>
    </message>
    <message>
        <source>Mastery per topic</source>
        <translation>各主題的掌握度</translation>
    </message>
    <message>
        <source>Mature</source>
        <translation>已熟記</translation>
    </message>
    <message>
        <source>Young</source>
        <translation>尚淺</translation>
    </message>
    <message>
        <source>No cards yet.</source>
        <translation>還沒有卡片。</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Cards due</source>
        <translation>到期卡片</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>當週</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>記憶率</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>作答數</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主題</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>圖表</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表格</translation>
    </message>
</context>
<context>
    <name>Story</name>
    <message>
        <source>Known well</source>
        <extracomment>(background, text) of each level: light tints with dark text, readable on either theme. A stronger colour of each level, for a dot beside a fact.</extracomment>
        <translation>記得很牢</translation>
    </message>
    <message>
        <source>Fading</source>
        <translation>漸漸淡忘</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>快要忘了</translation>
    </message>
    <message>
        <source>Not studied yet</source>
        <translation>還沒學過</translation>
    </message>
    <message>
        <source>%1 · recall %2 %</source>
        <translation>%1 · %2%</translation>
    </message>
    <message>
        <source>Traditional article</source>
        <translation>繁體文章</translation>
    </message>
    <message>
        <source>Simplified article</source>
        <translation>簡體文章</translation>
    </message>
    <message>
        <source>The articles disagree:</source>
        <translation>兩篇文章說法不同：</translation>
    </message>
    <message>
        <source>Show in article</source>
        <translation>在文章中查看</translation>
    </message>
</context>
<context>
    <name>TimelineScreen</name>
    <message>
        <source>Timeline</source>
        <translation>時間軸</translation>
    </message>
    <message>
        <source>Facts of the chosen event</source>
        <translation>所選事件的事實</translation>
    </message>
    <message>
        <source>Every dated event of the deck on one axis, earliest first. ⚑ marks what the articles tell differently; where they give different dates, both are shown. Click an event (or use ↑/↓) to see its facts.</source>
        <translation>牌組中每件有日期的事，依時間排在同一條軸上，最早的在前。⚑ 表示兩篇文章說法不同；兩篇給的日期不同時，兩個日期並列。點一件事（或用 ↑/↓）可看它的事實。</translation>
    </message>
    <message>
        <source>Show in article</source>
        <translation>在文章中查看</translation>
    </message>
    <message>
        <source>Quiz me on this event</source>
        <translation>用這件事考我</translation>
    </message>
    <message>
        <source>No deck has dated facts yet.</source>
        <translation>還沒有牌組含有帶日期的事實。</translation>
    </message>
    <message>
        <source>The articles disagree</source>
        <translation>兩篇文章說法不同</translation>
    </message>
</context>
<context>
    <name>TrueFalseAnswer</name>
    <message>
        <source>T   True</source>
        <translation>T   對</translation>
    </message>
    <message>
        <source>F   False</source>
        <translation>F   錯</translation>
    </message>
</context>
<context>
    <name>TypedAnswer</name>
    <message>
        <source>Type the answer and press Enter</source>
        <translation>輸入答案後按 Enter</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>你的答案</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>作答</translation>
    </message>
    <message>
        <source>I don't know</source>
        <translation>我不會</translation>
    </message>
</context>
<context>
    <name>WorkloadView</name>
    <message>
        <source>How many reviews a day each desired retention would cost, and how many cards you would remember after a year: fsrs-rs's simulator plays a year of this deck, from new, with your own FSRS parameters and the limits above.</source>
        <translation>每個目標記憶率每天要複習多少張，一年後能記住多少張：fsrs-rs 的模擬器用你自己的 FSRS 參數和上面的上限，從頭模擬這個牌組的一年。</translation>
    </message>
    <message>
        <source>&amp;Help me decide</source>
        <translation>幫我決定(&amp;H)</translation>
    </message>
    <message>
        <source>Simulate a&amp;gain</source>
        <translation>重新模擬(&amp;G)</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>圖表</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>Desired retention</source>
        <translation>目標記憶率</translation>
    </message>
    <message>
        <source>Reviews a day</source>
        <translation>每日複習數</translation>
    </message>
    <message>
        <source>Minutes a day</source>
        <translation>每日分鐘數</translation>
    </message>
    <message>
        <source>Cards remembered</source>
        <translation>記住的卡片</translation>
    </message>
    <message>
        <source>Nothing simulated yet.</source>
        <translation>尚未模擬。</translation>
    </message>
    <message>
        <source>Reviews a day (left)</source>
        <translation>每日複習數（左軸）</translation>
    </message>
    <message>
        <source>Cards remembered (right)</source>
        <translation>記住的卡片（右軸）</translation>
    </message>
    <message>
        <source>{retention}: {reviews} a day</source>
        <translation>{retention}：每天 {reviews} 張</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>目前選擇</translation>
    </message>
    <message>
        <source>{n} of {cards}</source>
        <translation>{cards} 張中的 {n} 張</translation>
    </message>
</context>
</TS>