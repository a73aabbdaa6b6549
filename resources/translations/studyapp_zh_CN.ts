<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AnkiImportDialog</name>
    <message>
        <source>Bring progress back from Anki</source>
        <translation>从 Anki 带回学习进度</translation>
    </message>
    <message>
        <source>Bring back the reviews you made in Anki (for example on AnkiDroid) of the cards studyapp exported. In Anki, choose File › Export, “Anki Deck Package (*.apkg)” with “Include scheduling information” ticked; or choose Anki's collection file (collection.anki2 in Anki's profile folder) after closing Anki. Reviews studyapp already has are not added again, and each card's schedule is worked out again from its whole history.</source>
        <translation>带回你在 Anki（例如在 AnkiDroid 上）复习 studyapp 导出卡片的纪录。请在 Anki 选择「文件 › 导出」，格式选「Anki 牌组包 (*.apkg)」并勾选「包含调度信息」（Include scheduling information）；或在关闭 Anki 后，选择 Anki 的收藏档（Anki 设置档文件夹中的 collection.anki2）。studyapp 已有的复习不会重复加入，每张卡片的调度会依完整的复习纪录重新计算。</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Anki files (*.apkg *.colpkg *.anki2);;All files (*)</source>
        <translation>Anki 文件 (*.apkg *.colpkg *.anki2);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading {path}…</source>
        <translation>正在读取 {path}…</translation>
    </message>
    <message>
        <source>Read {path}: {notes} of the notes studyapp exported.</source>
        <translation>已读取 {path}：其中有 {notes} 则 studyapp 导出的笔记。</translation>
    </message>
    <message>
        <source>{added} reviews from Anki added ({present} were already here); {cards} cards rescheduled from their whole history.</source>
        <translation>已加入 {added} 笔来自 Anki 的复习（另有 {present} 笔原本就有）；{cards} 张卡片已依完整的复习纪录重新调度。</translation>
    </message>
    <message>
        <source>Nothing new: all {present} reviews in the file are already in your progress.</source>
        <translation>没有新的复习：文件中的 {present} 笔复习都已在你的学习进度中。</translation>
    </message>
    <message>
        <source>{count} notes belong to facts that are no longer in your decks; their reviews were left out.</source>
        <translation>有 {count} 则笔记所属的事实已不在你的牌组中；它们的复习没有导入。</translation>
    </message>
    <message>
        <source>{count} cards are of a kind studyapp does not show; their reviews are kept until you switch that kind on in Settings.</source>
        <translation>有 {count} 张卡片属于 studyapp 目前不显示的卡片类型；它们的复习会保留，直到你在设置中打开该类型。</translation>
    </message>
    <message>
        <source>The import was cancelled; your progress was not changed.</source>
        <translation>已取消导入；你的学习进度没有改变。</translation>
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
        <translation>{when} 的测验</translation>
    </message>
    <message>
        <source>Score: {right} of {total}</source>
        <translation>得分：{total} 题答对 {right} 题</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>用时：%1</translation>
    </message>
    <message>
        <source>Ended after %1 of %2 questions.</source>
        <translation>共 %2 题，作答 %1 题后结束。</translation>
    </message>
    <message>
        <source>The questions and your answers</source>
        <translation>题目与你的作答</translation>
    </message>
    <message>
        <source>No question was answered.</source>
        <translation>没有作答任何题目。</translation>
    </message>
    <message>
        <source>Match each item with its partner.</source>
        <translation>把每一项与对应的一项配成对。</translation>
    </message>
    <message>
        <source>Put these in order, earliest first.</source>
        <translation>依时间先后排列，最早的在前。</translation>
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
        <translation>（这则事实已不在牌组中）</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>出处：%1</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups of your progress</source>
        <translation>学习进度的备份</translation>
    </message>
    <message>
        <source>studyapp backs up your progress every 30 minutes while you study and when you quit, and keeps those of today and yesterday, then one a day, a week and a month. Restoring one replaces your progress with it; your progress as it is now is backed up first, so nothing is lost.</source>
        <translation>studyapp 在你学习时每 30 分钟、以及结束时备份学习进度，保留今天和昨天的全部备份，更早的则每天、每周、每月各留一份。还原一份备份会用它取代你的学习进度；目前的进度会先备份，所以不会遗失任何东西。</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>复习次数</translation>
    </message>
    <message>
        <source>Cards (studied)</source>
        <translation>卡片（学过的）</translation>
    </message>
    <message>
        <source>Last review</source>
        <translation>最后一次复习</translation>
    </message>
    <message>
        <source>Quizzes</source>
        <translation>测验</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>备份，最新的在前</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>还原(&amp;R)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Reading the backups…</source>
        <translation>正在读取备份…</translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation>还没有任何备份。</translation>
    </message>
    <message>
        <source>{cards} ({studied})</source>
        <translation>{cards}（{studied}）</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>还没有</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>Backed up.</source>
        <translation>已备份。</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>还原这份备份？</translation>
    </message>
    <message>
        <source>Replace your progress with the backup of {when}? It holds {reviews} reviews of {cards} cards.</source>
        <translation>要用 {when} 的备份取代你的学习进度吗？它有 {cards} 张卡片的 {reviews} 次复习。</translation>
    </message>
    <message>
        <source>What you did since then is not lost: your progress as it is now is backed up first, and you can restore it from this list.</source>
        <translation>之后做过的不会遗失：你目前的学习进度会先备份，也可以从这份清单还原回来。</translation>
    </message>
    <message>
        <source>Replace my progress</source>
        <translation>取代我的学习进度</translation>
    </message>
    <message>
        <source>The backup was not restored: {reason}</source>
        <translation>备份没有还原：{reason}</translation>
    </message>
    <message>
        <source>Restored the backup of {when}.</source>
        <translation>已还原 {when} 的备份。</translation>
    </message>
    <message>
        <source>Your progress as it was is the newest backup in the list.</source>
        <translation>原本的学习进度就是清单中最新的那份备份。</translation>
    </message>
    <message>
        <source>Your progress as it was could not be read; it was kept as {path}.</source>
        <translation>原本的学习进度无法读取；已原样保存为 {path}。</translation>
    </message>
</context>
<context>
    <name>BrowseScreen</name>
    <message>
        <source>Browse</source>
        <translation>浏览</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答案</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
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
        <translation>学习中</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>复习</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>事实</translation>
    </message>
    <message>
        <source>The chosen fact</source>
        <translation>所选的事实</translation>
    </message>
    <message>
        <source>Reset…</source>
        <translation>重置…</translation>
    </message>
    <message>
        <source>Show in article</source>
        <translation>在文章中查看</translation>
    </message>
    <message>
        <source>Make this fact's cards new again</source>
        <translation>让这则事实的卡片重新变成新卡片</translation>
    </message>
    <message>
        <source>Keep this fact's cards out of reviews</source>
        <translation>让这则事实的卡片不再出现在复习中</translation>
    </message>
    <message>
        <source>Search in 繁體 or 简体 (Ctrl+F)…</source>
        <translation>以繁体或简体搜索（Ctrl+F）…</translation>
    </message>
    <message>
        <source>All decks</source>
        <translation>所有牌组</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>所有主题</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>所有来源</translation>
    </message>
    <message>
        <source>Disputed or not</source>
        <translation>不论是否有争议</translation>
    </message>
    <message>
        <source>Disputed only</source>
        <translation>只看有争议的</translation>
    </message>
    <message>
        <source>Undisputed only</source>
        <translation>只看没有争议的</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>任何状态</translation>
    </message>
    <message>
        <source>%1 (%2) — reason: %3</source>
        <translation>%1（%2） — 原因：%3</translation>
    </message>
    <message>
        <source>Reported questions (%1): not asked again</source>
        <translation>已回报的题目（%1）：不会再出</translation>
    </message>
    <message numerus="yes">
        <source>%n fact(s)</source>
        <translation>
            <numerusform>%n 则事实</numerusform>
        </translation>
    </message>
    <message>
        <source>of {total}</source>
        <translation>／共 {total}</translation>
    </message>
    <message>
        <source>Unsuspend</source>
        <translation>取消暂停</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>No fact matches the search.</source>
        <translation>没有符合搜索的事实。</translation>
    </message>
    <message>
        <source>The articles disagree:</source>
        <translation>两篇文章说法不同：</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>主题：</translation>
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
        <translation>重新学习</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>due {when}</source>
        <translation>到期 {when}</translation>
    </message>
    <message>
        <source>{reps} reviews, {lapses} lapses</source>
        <translation>复习 {reps} 次，遗忘 {lapses} 次</translation>
    </message>
    <message>
        <source>Reset this fact?</source>
        <translation>要重置这则事实吗？</translation>
    </message>
    <message>
        <source>Its cards become new again. The review history is kept.</source>
        <translation>它的卡片会重新变成新卡片，复习记录仍会保留。</translation>
    </message>
</context>
<context>
    <name>CustomStudyDialog</name>
    <message>
        <source>Custom study: {deck}</source>
        <translation>自订学习：{deck}</translation>
    </message>
    <message>
        <source>Study beyond today's plan. What you answer here is scheduled as usual.</source>
        <translation>在今天的计划之外多学一些。在这里的作答照常调度。</translation>
    </message>
    <message>
        <source>Study &amp;more new cards today:</source>
        <translation>今天多学新卡片(&amp;M)：</translation>
    </message>
    <message>
        <source>More new cards today</source>
        <translation>今天再学的新卡片数</translation>
    </message>
    <message>
        <source>Days ahead</source>
        <translation>提前的天数</translation>
    </message>
    <message>
        <source>More reviews today</source>
        <translation>今天再复习的卡片数</translation>
    </message>
    <message>
        <source>Review &amp;ahead, cards due in the next days:</source>
        <translation>提前复习(&amp;A)，未来几天到期的卡片：</translation>
    </message>
    <message>
        <source>Review today's &amp;forgotten cards</source>
        <translation>复习今天忘记的卡片(&amp;F)</translation>
    </message>
    <message>
        <source>Review more cards &amp;today:</source>
        <translation>今天多复习(&amp;T)：</translation>
    </message>
    <message>
        <source> cards</source>
        <translation> 张</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>&amp;Start studying</source>
        <translation>开始学习(&amp;S)</translation>
    </message>
    <message numerus="yes">
        <source>%n new card(s) in this deck beyond today's limit.</source>
        <translation>
            <numerusform>此牌组在今天的上限之外还有 %n 张新卡片。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) due in those days, before their day.</source>
        <translation>
            <numerusform>这几天内到期的卡片有 %n 张，会在到期前先复习。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) you answered Again today, once more.</source>
        <translation>
            <numerusform>今天答“重来”的卡片有 %n 张，再练一次。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) due today beyond the deck's review limit.</source>
        <translation>
            <numerusform>今天到期、超出此牌组复习上限的卡片有 %n 张。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeckOptionsDialog</name>
    <message>
        <source>Options: {deck}</source>
        <translation>选项：{deck}</translation>
    </message>
    <message>
        <source>This deck, each day</source>
        <translation>此牌组的每日设置</translation>
    </message>
    <message>
        <source>Help me decide: workload and retention</source>
        <translation>帮我决定：复习量与记忆率</translation>
    </message>
    <message>
        <source>&amp;New cards per day:</source>
        <translation>每日新卡片数(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Maximum reviews per day:</source>
        <translation>每日复习上限(&amp;M)：</translation>
    </message>
    <message>
        <source>Desired &amp;retention:</source>
        <translation>目标记忆率(&amp;R)：</translation>
    </message>
    <message>
        <source>New-card &amp;order:</source>
        <translation>新卡片顺序(&amp;O)：</translation>
    </message>
    <message>
        <source>Deck order</source>
        <translation>牌组顺序</translation>
    </message>
    <message>
        <source>One topic at a time</source>
        <translation>一次一个主题</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>随机</translation>
    </message>
    <message>
        <source>Use the &amp;defaults</source>
        <translation>使用默认值(&amp;D)</translation>
    </message>
    <message>
        <source>This deck follows the defaults in Settings.</source>
        <translation>此牌组使用设置中的默认值。</translation>
    </message>
    <message>
        <source>This deck has options of its own.</source>
        <translation>此牌组有自己的选项。</translation>
    </message>
    <message numerus="yes">
        <source>Simulating a year of %n card(s)…</source>
        <translation>
            <numerusform>正在模拟 %n 张卡片的一年…</numerusform>
        </translation>
    </message>
    <message>
        <source>The simulation failed: {reason}</source>
        <translation>模拟失败：{reason}</translation>
    </message>
</context>
<context>
    <name>DecksScreen</name>
    <message>
        <source>Decks</source>
        <translation>牌组</translation>
    </message>
    <message>
        <source>Decks and their cards</source>
        <translation>牌组与其卡片</translation>
    </message>
    <message>
        <source>Deck</source>
        <translation>牌组</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>事实</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新卡片</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>学习中</translation>
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
        <translation>开始学习(&amp;S)</translation>
    </message>
    <message>
        <source>Review the selected deck (Enter)</source>
        <translation>复习选取的牌组（Enter）</translation>
    </message>
    <message>
        <source>Study &amp;all decks</source>
        <translation>学习所有牌组(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Options…</source>
        <translation>选项(&amp;O)…</translation>
    </message>
    <message>
        <source>New cards and reviews per day, desired retention, order of new cards</source>
        <translation>每日新卡片数与复习数、目标记忆率、新卡片顺序</translation>
    </message>
    <message>
        <source>&amp;Custom study…</source>
        <translation>自订学习(&amp;C)…</translation>
    </message>
    <message>
        <source>More new cards, more reviews, review ahead or today's forgotten cards</source>
        <translation>多学新卡片、多复习、提前复习或复习今天忘记的卡片</translation>
    </message>
    <message>
        <source>{mature} of {cards} cards mature, {young} young</source>
        <translation>{cards} 张卡片中 {mature} 张已熟记、{young} 张尚浅</translation>
    </message>
    <message>
        <source>Your progress is not available, so nothing can be studied right now.</source>
        <translation>目前无法使用你的学习进度，因此暂时不能学习。</translation>
    </message>
    <message>
        <source>Your progress is open read-only: you can browse and take quizzes, but reviewing needs saving.</source>
        <translation>你的学习进度以只读方式打开：可以浏览和进行测验，但复习需要能保存进度。</translation>
    </message>
    <message numerus="yes">
        <source>%n deck file(s) could not be read; run “studyapp check” to see why.</source>
        <translation>
            <numerusform>有 %n 个牌组文件无法读取；运行「studyapp check」可查看原因。</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no decks yet.</source>
        <translation>还没有任何牌组。</translation>
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message>
        <source>Statement (select words in it to make them the answer):</source>
        <translation>叙述（选取其中的字词作为答案）：</translation>
    </message>
    <message>
        <source>Use selection as answer</source>
        <translation>以选取内容作为答案</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>问题：</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>陈述</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Answer type</source>
        <translation>答案类型</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Answer type:</source>
        <translation>答案类型：</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <source>Apply changes</source>
        <translation>套用变更</translation>
    </message>
    <message>
        <source>Name (person, organization, …)</source>
        <translation>名称（人物、组织…）</translation>
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
        <translation>数字</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Quotation</source>
        <translation>引语</translation>
    </message>
    <message>
        <source>Repeats a fact in deck {deck}:</source>
        <translation>与牌组 {deck} 中的事实重复：</translation>
    </message>
    <message>
        <source>Agrees with {source}'s claim in a known disagreement (deck {deck}):</source>
        <translation>与{source}在已知争议中的说法一致（牌组 {deck}）：</translation>
    </message>
    <message>
        <source>May disagree with a fact in deck {deck}:</source>
        <translation>可能与牌组 {deck} 中的事实说法不同：</translation>
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
        <translation>无法保存</translation>
    </message>
    <message>
        <source>repeats a fact</source>
        <translation>与既有事实重复</translation>
    </message>
    <message>
        <source>may disagree</source>
        <translation>可能说法不同</translation>
    </message>
    <message>
        <source>held back: likely poor</source>
        <translation>原先保留：可能不佳</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>未决定</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>已采用</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已舍弃</translation>
    </message>
</context>
<context>
    <name>EditFactDialog</name>
    <message>
        <source>Edit the fact</source>
        <translation>编辑事实</translation>
    </message>
    <message>
        <source>Traditional</source>
        <translation>繁体</translation>
    </message>
    <message>
        <source>Simplified</source>
        <translation>简体</translation>
    </message>
    <message>
        <source>The fact as your deck “{deck}” keeps it (in {script} characters). Its cards keep their review history.</source>
        <translation>这是你的牌组「{deck}」所存的事实（以{script}书写）。它的卡片会保留复习纪录。</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>问题(&amp;Q)：</translation>
    </message>
    <message>
        <source>&amp;Statement:</source>
        <translation>叙述(&amp;S)：</translation>
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
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>a few words for the Match game (optional)</source>
        <translation>配对游戏用的几个字（可不填）</translation>
    </message>
    <message>
        <source>shown with the answer (optional)</source>
        <translation>和答案一起显示（可不填）</translation>
    </message>
    <message>
        <source>the words marked {{…}} in the statement</source>
        <translation>叙述中以 {{…}} 标出的字</translation>
    </message>
    <message>
        <source>{answer}: the words marked {{{{…}}}} must still say it</source>
        <translation>{answer}：以 {{{{…}}}} 标出的字必须仍然说出它</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Statement, the answer marked with braces</source>
        <translation>叙述，答案以大括号标出</translation>
    </message>
    <message>
        <source>Gist</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The details were saved to {path}.</source>
        <translation>详细信息已保存到 {path}。</translation>
    </message>
    <message>
        <source>The details could not be saved.</source>
        <translation>无法保存详细信息。</translation>
    </message>
    <message>
        <source>Something unexpected went wrong: {what}</source>
        <translation>发生了意外的问题：{what}</translation>
    </message>
    <message>
        <source>studyapp</source>
        <translation>studyapp</translation>
    </message>
    <message>
        <source>Your progress up to the last answer is saved.</source>
        <translation>到最后一次作答为止的进度都已保存。</translation>
    </message>
    <message>
        <source>The disk is full: {path} could not be written. Free some space and try again.</source>
        <translation>磁盘已满：无法写入 {path}。请清出一些空间后再试一次。</translation>
    </message>
    <message>
        <source>studyapp is not allowed to write there ({path}). Choose another place.</source>
        <translation>studyapp 没有权限写入那里（{path}）。请选择其他位置。</translation>
    </message>
    <message>
        <source>{path} is on a read-only disk. Choose another place.</source>
        <translation>{path} 位于唯读的磁盘上。请选择其他位置。</translation>
    </message>
    <message>
        <source>{path} cannot be written: the folder {folder} does not exist.</source>
        <translation>无法写入 {path}：文件夹 {folder} 不存在。</translation>
    </message>
    <message>
        <source>{path} is a folder. Choose a file name.</source>
        <translation>{path} 是文件夹。请选择文件名称。</translation>
    </message>
    <message>
        <source>{path} could not be written: {reason}.</source>
        <translation>无法写入 {path}：{reason}。</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file.</source>
        <translation>{path} 是文件夹，不是文件。</translation>
    </message>
    <message>
        <source>{path} is not a regular file (it is a pipe, device or socket); only files can be imported.</source>
        <translation>{path} 不是普通文件（而是管道、设备或套接字）；只能导入文件。</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}.</source>
        <translation>无法读取 {path}：{reason}。</translation>
    </message>
    <message>
        <source>{path} is larger than {limit} MB, the limit for an article.</source>
        <translation>{path} 超过 {limit} MB，这是文章的大小上限。</translation>
    </message>
    <message>
        <source>{path} is empty.</source>
        <translation>{path} 是空的。</translation>
    </message>
    <message>
        <source>{path} is not a text file.</source>
        <translation>{path} 不是文字档。</translation>
    </message>
    <message>
        <source>{path} is damaged: it starts like {encoding} but is not.</source>
        <translation>{path} 已损坏：开头看似 {encoding}，内容却不是。</translation>
    </message>
    <message>
        <source>{path} has no text to learn from.</source>
        <translation>{path} 没有可以学习的内文。</translation>
    </message>
    <message>
        <source>The drafts file {path} is too large to be read.</source>
        <translation>草稿档 {path} 太大，无法读取。</translation>
    </message>
    <message>
        <source>The drafts file {path} cannot be read: {reason}.</source>
        <translation>无法读取草稿档 {path}：{reason}。</translation>
    </message>
    <message>
        <source>{path} is not a drafts file of studyapp ({reason}).</source>
        <translation>{path} 不是 studyapp 的草稿档（{reason}）。</translation>
    </message>
    <message>
        <source>“{deck}” is not a deck id: use lower-case letters, digits, '.', '_' or '-'.</source>
        <translation>「{deck}」不是有效的牌组代号：请使用小写字母、数字、「.」「_」或「-」。</translation>
    </message>
    <message>
        <source>“{deck}” is a built-in deck. Choose another id for your deck.</source>
        <translation>「{deck}」是内置牌组，请为你的牌组选另一个代号。</translation>
    </message>
    <message>
        <source>A fact's id never changes: its review history hangs on it.</source>
        <translation>事实的代号不能更改：它的复习纪录依附在代号上。</translation>
    </message>
    <message>
        <source>No draft is accepted yet: accept the facts to keep (A), then save.</source>
        <translation>还没有采用任何草稿：先采用要保留的事实（A），再保存。</translation>
    </message>
    <message>
        <source>The deck would not be valid, so it was not saved:
{problems}</source>
        <translation>这个牌组不会是有效的牌组，所以没有保存：
{problems}</translation>
    </message>
    <message>
        <source>{path} exists and is not a valid deck; it was not overwritten:
{problems}</source>
        <translation>{path} 已存在，且不是有效的牌组；没有覆写它：
{problems}</translation>
    </message>
    <message>
        <source>{path} holds the deck “{found}”, not “{deck}”; it was not overwritten.</source>
        <translation>{path} 装的是牌组「{found}」，不是「{deck}」；没有覆写它。</translation>
    </message>
    <message>
        <source>The answer cannot be empty.</source>
        <translation>答案不能是空的。</translation>
    </message>
    <message>
        <source>The answer must be a part of the statement, exactly as written.</source>
        <translation>答案必须是叙述中的一段文字，一字不差。</translation>
    </message>
    <message>
        <source>No question can be made without giving the answer away; write one.</source>
        <translation>无法自动出一个不泄漏答案的问题；请自己写一题。</translation>
    </message>
    <message>
        <source>The question cannot be empty: write one.</source>
        <translation>问题不能是空的：请写一个问题。</translation>
    </message>
    <message>
        <source>The statement must mark its answer exactly once, as {{{{…}}}}.</source>
        <translation>叙述必须以 {{{{…}}}} 标出答案，而且只标一次。</translation>
    </message>
    <message>
        <source>The question gives its answer away (“{answer}”): reword it.</source>
        <translation>问题泄漏了答案（「{answer}」）：请改写。</translation>
    </message>
    <message>
        <source>There is no topic “{topic}”.</source>
        <translation>没有「{topic}」这个主题。</translation>
    </message>
    <message>
        <source>This draft would not be a valid fact:
{problems}</source>
        <translation>这份草稿不会是有效的事实：
{problems}</translation>
    </message>
    <message>
        <source>A year answer must be the year's digits, such as 2016.</source>
        <translation>年份答案必须是年份的数字，例如 2016。</translation>
    </message>
    <message>
        <source>A date answer must contain a year and a month, such as 2024 年 12 月.</source>
        <translation>日期答案必须包含年和月，例如 2024 年 12 月。</translation>
    </message>
    <message>
        <source>A number answer must contain a number.</source>
        <translation>数字答案必须包含一个数字。</translation>
    </message>
    <message>
        <source>“{span}” is not a name in any deck's registry; choose text instead.</source>
        <translation>「{span}」不在任何牌组的名录中；请改选文字答案。</translation>
    </message>
    <message>
        <source>Nothing to export: no card kind is chosen.</source>
        <translation>没有可导出的内容：没有选择任何卡片种类。</translation>
    </message>
    <message>
        <source>Nothing to export: the chosen decks have no facts.</source>
        <translation>没有可导出的内容：选择的牌组没有任何事实。</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>已取消导出，没有写入任何文件。</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} 不存在。</translation>
    </message>
    <message>
        <source>{path} is not a file from Anki. Choose a package Anki exported (.apkg, .colpkg) or Anki's collection file (collection.anki2).</source>
        <translation>{path} 不是 Anki 的文件。请选择 Anki 导出的套件（.apkg、.colpkg）或 Anki 的收藏档（collection.anki2）。</translation>
    </message>
    <message>
        <source>{path} was written by a newer Anki than studyapp can read. In Anki, export it again with “Support older Anki versions” ticked.</source>
        <translation>{path} 由较新版的 Anki 写成，studyapp 无法读取。请在 Anki 导出时勾选「Support older Anki versions」（支持旧版 Anki）后重新导出。</translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be read ({reason}).</source>
        <translation>{path} 已损坏，无法读取（{reason}）。</translation>
    </message>
    <message>
        <source>Anki is using {path}. Close Anki and try again.</source>
        <translation>Anki 正在使用 {path}。请关闭 Anki 后再试一次。</translation>
    </message>
    <message>
        <source>{path} has none of the notes studyapp exported from your decks, so there is no progress to bring back.</source>
        <translation>{path} 中没有 studyapp 从你的牌组导出的笔记，因此没有可带回的学习进度。</translation>
    </message>
    <message>
        <source>{path} has no learning progress. In Anki, export again with “Include scheduling information” ticked. (If you have not reviewed these cards in Anki yet, there is nothing to bring back.)</source>
        <translation>{path} 中没有学习进度。请在 Anki 导出时勾选「包含调度信息」（Include scheduling information）后重新导出。（如果你还没在 Anki 复习过这些卡片，就没有可带回的进度。）</translation>
    </message>
    <message>
        <source>The import was cancelled; your progress was not changed.</source>
        <translation>已取消导入；你的学习进度没有改变。</translation>
    </message>
    <message>
        <source>{path} is not an Anki package name: the file name must end in .apkg.</source>
        <translation>{path} 不是 Anki 包的文件名：文件名必须以 .apkg 结尾。</translation>
    </message>
    <message>
        <source>{path} is inside studyapp's data folder ({folder}), where your progress and decks live. Choose another folder.</source>
        <translation>{path} 位于 studyapp 的数据文件夹（{folder}）内，你的学习进度和牌组都存放在那里。请选择其他文件夹。</translation>
    </message>
    <message>
        <source>{path} is read-only, so it was not overwritten. Choose another file.</source>
        <translation>{path} 是只读文件，所以没有被覆盖。请选择其他文件。</translation>
    </message>
    <message>
        <source>The backup could not be put in place ({reason}); your progress was left as it was.</source>
        <translation>无法把备份放回原位（{reason}）；你的学习进度保持原样。</translation>
    </message>
    <message>
        <source>Your progress file {path} is damaged ({detail}). studyapp left it exactly as it was and will not write to it. You can still browse the decks; to study again, restore a backup from {backups}.</source>
        <translation>你的学习进度档 {path} 已损坏（{detail}）。studyapp 完全没有更动它，也不会写入它。你仍然可以浏览牌组；若要继续学习，请从 {backups} 还原备份。</translation>
    </message>
    <message>
        <source>{path} is in none of the supported encodings (UTF-8, UTF-16, GB18030, Big5).</source>
        <translation>{path} 的编码不是支持的任何一种（UTF-8、UTF-16、GB18030、Big5）。</translation>
    </message>
    <message>
        <source>Your progress file {path} was written by a newer version of studyapp (schema {found}; this version reads up to {supported}). It was left untouched; update studyapp to study with it.</source>
        <translation>你的学习进度档 {path} 是由较新版本的 studyapp 写入的（格式 {found}；这个版本最多读到 {supported}）。它没有被更动；请更新 studyapp 后再用它学习。</translation>
    </message>
    <message>
        <source>Your progress file {path} is from an older studyapp (schema {found}, now {supported}); start the app once to bring it up to date.</source>
        <translation>你的学习进度档 {path} 来自较旧的 studyapp（格式 {found}，目前为 {supported}）；请先启动一次 app 让它更新。</translation>
    </message>
    <message>
        <source>studyapp is already running and is using your progress file {path}. Switch to that window, or close it and start studyapp again.</source>
        <translation>studyapp 已经在运行，并正在使用你的学习进度档 {path}。请切换到那个窗口，或关闭它之后再启动 studyapp。</translation>
    </message>
    <message>
        <source>There is no study progress at {path} yet.</source>
        <translation>{path} 还没有学习进度。</translation>
    </message>
    <message>
        <source>{path} is not a studyapp progress file ({detail}). studyapp left it exactly as it was. Move it away to start new progress, or restore a backup from {backups}.</source>
        <translation>{path} 不是 studyapp 的学习进度文件（{detail}）。studyapp 完全没有改动它。把它移到别处即可重新开始记录进度，或从 {backups} 恢复备份。</translation>
    </message>
    <message>
        <source>{path} is a folder, not your progress file. studyapp left it as it is; move it away and start studyapp again.</source>
        <translation>{path} 是文件夹，不是你的学习进度文件。studyapp 没有改动它；请把它移到别处，再重新启动 studyapp。</translation>
    </message>
    <message>
        <source>The disk is full, so your progress file {path} could not be written. Everything saved before is safe; free some space and try again.</source>
        <translation>磁盘已满，无法写入你的学习进度文件 {path}。之前保存的内容都安全无虞；请腾出一些空间后再试一次。</translation>
    </message>
    <message>
        <source>The disk reported an error reading or writing your progress file {path} ({detail}). studyapp did not change the file; check that the drive is connected and working, then try again.</source>
        <translation>读写你的学习进度文件 {path} 时，磁盘报告了错误（{detail}）。studyapp 没有改动这个文件；请确认驱动器仍然连接且工作正常，再试一次。</translation>
    </message>
    <message>
        <source>Another program is using your progress file {path} and keeps it locked. Close that program (a database browser, a sync or backup tool) and try again.</source>
        <translation>另一个程序正在使用你的学习进度文件 {path}，并将它锁定。请关闭那个程序（例如数据库查看器、同步或备份工具）后再试一次。</translation>
    </message>
    <message>
        <source>Your progress file {path} could not be opened ({detail}). It was left as it is; check that the file and its folder can be read.</source>
        <translation>无法打开你的学习进度文件 {path}（{detail}）。它保持原样；请确认这个文件和所在的文件夹可以读取。</translation>
    </message>
    <message>
        <source>Your progress file {path} is read-only, so studyapp opened it only for reading. To study and save again, make the file writable and start studyapp again.</source>
        <translation>你的学习进度文件 {path} 是只读的，所以 studyapp 只以只读方式打开它。若要继续学习并保存，请让这个文件可以写入，再重新启动 studyapp。</translation>
    </message>
    <message>
        <source>The data folder {folder} is read-only, so your progress (if any) was opened only for reading. Make the folder writable, or start studyapp with another data folder.</source>
        <translation>数据文件夹 {folder} 是只读的，所以你的学习进度（如果有）只以只读方式打开。请让这个文件夹可以写入，或用其他数据文件夹启动 studyapp。</translation>
    </message>
    <message>
        <source>Your progress file {path} has become read-only and could not be written. Everything saved before is safe; make it writable and start studyapp again.</source>
        <translation>你的学习进度文件 {path} 变成只读，无法写入。之前保存的内容都安全无虞；请让它可以写入，再重新启动 studyapp。</translation>
    </message>
    <message>
        <source>Your progress is open read-only here; nothing is saved.</source>
        <translation>学习进度在这里以唯读方式打开；不会保存任何变更。</translation>
    </message>
    <message>
        <source>This card ({card}) is no longer in your progress.</source>
        <translation>这张卡片（{card}）已不在你的学习进度中。</translation>
    </message>
    <message>
        <source>This quiz attempt ({attempt}) no longer exists.</source>
        <translation>这次测验纪录（{attempt}）已不存在。</translation>
    </message>
    <message>
        <source>There is no answer to undo.</source>
        <translation>没有可以撤销的作答。</translation>
    </message>
    <message>
        <source>That answer can no longer be undone: the card was changed since (for example reset).</source>
        <translation>那次作答已无法复原：卡片之后被更动过（例如重设）。</translation>
    </message>
    <message>
        <source>A backup could not be written to {folder}: {reason}.</source>
        <translation>无法把备份写入 {folder}：{reason}。</translation>
    </message>
    <message>
        <source>The backup {path} does not exist.</source>
        <translation>备份 {path} 不存在。</translation>
    </message>
    <message>
        <source>{path} is not a usable backup: {reason}.</source>
        <translation>{path} 不是可用的备份：{reason}。</translation>
    </message>
    <message>
        <source>{path} is not a progress file of studyapp.</source>
        <translation>{path} 不是 studyapp 的学习进度档。</translation>
    </message>
    <message>
        <source>A file or folder is missing: {path}.</source>
        <translation>找不到文件或文件夹：{path}。</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again.</source>
        <translation>磁盘已满。请清出一些空间后再试一次。</translation>
    </message>
    <message>
        <source>The computer reported a problem with a file: {reason}.</source>
        <translation>系统报告文件有问题：{reason}。</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>发生了问题。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export to Anki</source>
        <translation>导出到 Anki</translation>
    </message>
    <message>
        <source>Decks:</source>
        <translation>牌组：</translation>
    </message>
    <message>
        <source>&amp;Script:</source>
        <translation>用字(&amp;S)：</translation>
    </message>
    <message>
        <source>Card kinds:</source>
        <translation>卡片种类：</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>保存为(&amp;S)：</translation>
    </message>
    <message>
        <source>Question → answer</source>
        <translation>问题 → 答案</translation>
    </message>
    <message>
        <source>Fill in the blank</source>
        <translation>填空</translation>
    </message>
    <message>
        <source>Let Anki read the Chinese aloud (text to speech)</source>
        <translation>让 Anki 朗读中文（文字转语音）</translation>
    </message>
    <message>
        <source>Include my progress (review history and scheduling), so Anki continues</source>
        <translation>包含我的学习进度（复习纪录与调度），让 Anki 接着进行</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>在文件夹中显示(&amp;F)</translation>
    </message>
    <message>
        <source>Traditional and Simplified (two decks)</source>
        <translation>繁体与简体（两个牌组）</translation>
    </message>
    <message>
        <source>Traditional (繁體)</source>
        <translation>繁体</translation>
    </message>
    <message>
        <source>Simplified (简体)</source>
        <translation>简体</translation>
    </message>
    <message>
        <source>In Anki, tick “Import any learning progress” when importing. Anki takes the progress only for cards it does not have yet: cards already in your Anki keep Anki's schedule.</source>
        <translation>在 Anki 导入时，请勾选「Import any learning progress」（导入学习进度）。Anki 只会为尚未拥有的卡片采用这份进度：已在你 Anki 中的卡片会保留 Anki 的调度。</translation>
    </message>
    <message>
        <source>Traditional</source>
        <translation>繁体</translation>
    </message>
    <message>
        <source>Simplified</source>
        <translation>简体</translation>
    </message>
    <message>
        <source>With both scripts, the progress goes with the {script} cards (the script you study); the others start as new.</source>
        <translation>导出两种字体时，进度会跟着{script}卡片（你学习时使用的字体）；另一种字体的卡片会从新卡片开始。</translation>
    </message>
    <message>
        <source>Anki package (*.apkg)</source>
        <translation>Anki 包 (*.apkg)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Exported {notes} notes ({cards} cards, {studied} of them studied, with {reviews} reviews) to {path}. Open it in Anki with File › Import and tick “Import any learning progress”.</source>
        <translation>已将 {notes} 则笔记（{cards} 张卡片，其中 {studied} 张已学过，含 {reviews} 笔复习）导出到 {path}。请在 Anki 以「文件 › 导入」打开，并勾选「Import any learning progress」（导入学习进度）。</translation>
    </message>
    <message>
        <source>Exported {notes} notes ({cards} cards) to {path}. Open it in Anki with File › Import.</source>
        <translation>已将 {notes} 则笔记（{cards} 张卡片）导出到 {path}。请在 Anki 以「文件 › 导入」打开。</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>已取消导出，没有写入任何文件。</translation>
    </message>
    <message>
        <source>The export failed: {reason}</source>
        <translation>导出失败：{reason}</translation>
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
        <translation>显示答案（空格键）</translation>
    </message>
    <message>
        <source>1   I knew it</source>
        <translation>1   我答对了</translation>
    </message>
    <message>
        <source>2   I didn't know</source>
        <translation>2   我不会</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Quiz history</source>
        <translation>测验记录</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Setup</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>分数</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>用时</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>最佳</translation>
    </message>
    <message>
        <source>Scores over time</source>
        <translation>历次分数</translation>
    </message>
    <message>
        <source>No finished quizzes yet</source>
        <translation>还没有完成的测验</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>&amp;Open this quiz</source>
        <translation>打开这次测验(&amp;O)</translation>
    </message>
    <message>
        <source>Its questions, your answers and the right ones (Enter)</source>
        <translation>它的题目、你的作答和正确答案（Enter）</translation>
    </message>
    <message>
        <source>Past quizzes, newest first</source>
        <translation>过去的测验，最新的在前</translation>
    </message>
    <message>
        <source>Progress is unavailable: no history to show.</source>
        <translation>无法使用学习进度，没有记录可显示。</translation>
    </message>
    <message>
        <source>All decks</source>
        <translation>所有牌组</translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s)</source>
        <translation>
            <numerusform>%n 个主题</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s per question</source>
        <translation>每题 %1 秒</translation>
    </message>
    <message>
        <source>%1 s for the quiz</source>
        <translation>整份测验 %1 秒</translation>
    </message>
    <message>
        <source>no time limit</source>
        <translation>不限时</translation>
    </message>
    <message>
        <source>due and weak first</source>
        <translation>到期与薄弱优先</translation>
    </message>
    <message>
        <source>last mistakes</source>
        <translation>上次的错题</translation>
    </message>
    <message>
        <source>retry of mistakes</source>
        <translation>错题重做</translation>
    </message>
    <message>
        <source>chosen facts</source>
        <translation>选定的事实</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n 题</numerusform>
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
        <translation>导入文章</translation>
    </message>
    <message>
        <source>Open article…</source>
        <translation>打开文章…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Accept (A)</source>
        <translation>采用 (A)</translation>
    </message>
    <message>
        <source>Reject (R)</source>
        <translation>舍弃 (R)</translation>
    </message>
    <message>
        <source>Undecided (U)</source>
        <translation>未决定 (U)</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>复原 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Deck name:</source>
        <translation>牌组名称：</translation>
    </message>
    <message>
        <source>Deck name</source>
        <translation>牌组名称</translation>
    </message>
    <message>
        <source>Deck id</source>
        <translation>牌组代号</translation>
    </message>
    <message>
        <source>Draft facts</source>
        <translation>草稿事实</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Deck id:</source>
        <translation>牌组代号：</translation>
    </message>
    <message>
        <source>Save deck</source>
        <translation>保存牌组</translation>
    </message>
    <message>
        <source>Drafts a careful reader would likely find poor or wrong are held back. Show them too; Ctrl+Z hides them again.</source>
        <translation>细心的读者多半会觉得不好或有错的草稿先保留不列出。也显示它们；按 Ctrl+Z 可再隐藏。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Open an article (.md, .txt or .html) to draft facts from it. Sentences with a date, a number, a name or a quotation become draft facts; keep the ones worth learning.</source>
        <translation>打开一篇文章（.md、.txt 或 .html），从中拟出事实草稿。含有日期、数字、名字或引语的句子会成为草稿；留下值得学的。</translation>
    </message>
    <message>
        <source>Open an article</source>
        <translation>打开文章</translation>
    </message>
    <message>
        <source>Articles (*.md *.markdown *.txt *.text *.html *.htm *.xhtml);;Drafts from studyapp import (*.json);;All files (*)</source>
        <translation>文章 (*.md *.markdown *.txt *.text *.html *.htm *.xhtml);;studyapp import 产生的草稿 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>正在读取 {name}…</translation>
    </message>
    <message>
        <source>Drafting the held-back drafts…</source>
        <translation>正在起草保留的草稿…</translation>
    </message>
    <message>
        <source>Reading cancelled.</source>
        <translation>已取消读取。</translation>
    </message>
    <message numerus="yes">
        <source>%n more draft(s) shown: a careful reader would likely find them poor or wrong. Ctrl+Z hides them again.</source>
        <translation>
            <numerusform>多显示了 %n 则草稿：细心的读者多半会觉得它们不好或有错。按 Ctrl+Z 可再隐藏。</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} draft facts from “{title}”.</source>
        <translation>从「{title}」拟出 {count} 则事实草稿。</translation>
    </message>
    <message>
        <source>No facts could be drafted from “{title}”: no sentence in it states something to ask about (a line without a full stop is read as a heading).</source>
        <translation>无法从“{title}”拟出任何事实：其中没有可以出题的句子（没有句号的一行会被当作标题）。</translation>
    </message>
    <message numerus="yes">
        <source>%n more held back as likely poor: “Show held-back drafts” brings them in.</source>
        <translation>
            <numerusform>另有 %n 则草稿可能欠佳而被保留：点击“显示保留的草稿”即可加入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Facts already in your deck “{deck}” are shown as accepted; editing them keeps their review history.</source>
        <translation>已在你的牌组「{deck}」中的事实显示为已采用；编辑它们会保留复习纪录。</translation>
    </message>
    <message>
        <source>{count} earlier decisions were kept.</source>
        <translation>保留了先前的 {count} 项决定。</translation>
    </message>
    <message>
        <source>The article could not be imported</source>
        <translation>无法导入这篇文章</translation>
    </message>
    <message>
        <source>The article could not be turned into drafts.</source>
        <translation>无法从这篇文章拟出草稿。</translation>
    </message>
    <message numerus="yes">
        <source>Show %n held-back draft(s)</source>
        <translation>
            <numerusform>显示保留的 %n 则草稿</numerusform>
        </translation>
    </message>
    <message>
        <source>{accepted} accepted · {rejected} rejected · {pending} pending</source>
        <translation>已采用 {accepted} · 已舍弃 {rejected} · 未决定 {pending}</translation>
    </message>
    <message>
        <source>The deck exists already; its name stays.</source>
        <translation>牌组已存在，名称维持不变。</translation>
    </message>
    <message>
        <source>Undone: accept.</source>
        <translation>已复原：采用。</translation>
    </message>
    <message>
        <source>Undone: reject.</source>
        <translation>已复原：舍弃。</translation>
    </message>
    <message>
        <source>Undone: undecided.</source>
        <translation>已复原：未决定。</translation>
    </message>
    <message>
        <source>Undone: edit.</source>
        <translation>已复原：编辑。</translation>
    </message>
    <message>
        <source>Undone: deck change.</source>
        <translation>已复原：牌组变更。</translation>
    </message>
    <message>
        <source>Undone: the held-back drafts are hidden again.</source>
        <translation>已复原：保留的草稿再次隐藏。</translation>
    </message>
    <message>
        <source>Edited; Ctrl+Z undoes it.</source>
        <translation>已编辑；按 Ctrl+Z 可复原。</translation>
    </message>
    <message>
        <source>Question: {text}</source>
        <translation>问题：{text}</translation>
    </message>
    <message>
        <source>Answer: {text}</source>
        <translation>答案：{text}</translation>
    </message>
    <message>
        <source>Statement: {text}</source>
        <translation>叙述：{text}</translation>
    </message>
    <message>
        <source>Sources: {text}</source>
        <translation>来源：{text}</translation>
    </message>
    <message>
        <source>{deck} / {fact}</source>
        <translation>{deck} / {fact}</translation>
    </message>
    <message>
        <source>The deck was not saved</source>
        <translation>牌组未保存</translation>
    </message>
    <message>
        <source>A deck id is made of lower-case letters, digits, '.', '_' or '-' and starts with a letter or a digit, such as import-my-article.</source>
        <translation>牌组代号由小写字母、数字、「.」「_」或「-」组成，并以字母或数字开头，例如 import-my-article。</translation>
    </message>
    <message>
        <source>“{id}” is a built-in deck. Choose another id for your deck.</source>
        <translation>「{id}」是内置牌组，请为你的牌组选另一个代号。</translation>
    </message>
    <message>
        <source>The article is needed to add its facts to “{id}”.</source>
        <translation>需要原文章才能把事实加入「{id}」。</translation>
    </message>
    <message>
        <source>Comparing with your deck “{id}”…</source>
        <translation>正在与你的牌组「{id}」比对…</translation>
    </message>
    <message>
        <source>Saved {count} facts to your deck “{title}” ({path}).</source>
        <translation>已将 {count} 则事实存入你的牌组「{title}」（{path}）。</translation>
    </message>
    <message numerus="yes">
        <source>%n accepted draft(s) cannot be saved as they are (marked ⚠ in the list). Fix them, or leave them out and save the others.</source>
        <translation>
            <numerusform>有 %n 则已接受的草稿无法照原样保存（清单中标有 ⚠）。请修正，或略过它们、保存其他草稿。</numerusform>
        </translation>
    </message>
    <message>
        <source>A draft cannot be saved</source>
        <translation>有草稿无法保存</translation>
    </message>
    <message>
        <source>“{question}” cannot be saved as a fact: {why}</source>
        <translation>「{question}」无法存成事实：{why}</translation>
    </message>
    <message numerus="yes">
        <source>%n other accepted draft(s) cannot be saved either.</source>
        <translation>
            <numerusform>另有 %n 则已接受的草稿也无法保存。</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix it</source>
        <translation>修正</translation>
    </message>
    <message numerus="yes">
        <source>Leave %n out and save the others</source>
        <translation>
            <numerusform>略过这 %n 则，保存其他草稿</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LearnScreen</name>
    <message>
        <source>Recognise</source>
        <translation>认出</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>回想</translation>
    </message>
    <message>
        <source>Produce</source>
        <translation>写出</translation>
    </message>
    <message>
        <source>Learned</source>
        <translation>已学会</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>学习</translation>
    </message>
    <message>
        <source>Learning question</source>
        <translation>学习题目</translation>
    </message>
    <message numerus="yes">
        <source>Each fact climbs three steps: recognise the answer among options, recall it in its sentence, then type it. A right answer moves the fact up; a wrong one moves it down and brings it back within %n question(s), asked anew. The round ends when every fact is at the top. Learning does not change your review schedule.</source>
        <translation>
            <numerusform>每则事实要爬三级：先从选项中认出答案，再在句子里想起它，最后把它打出来。答对往上一级；答错退回一级，并在 %n 题之内换个问法再问。每则事实都爬到顶，这一轮就结束。学习不会改动你的复习调度。</numerusform>
        </translation>
    </message>
    <message>
        <source>Decks</source>
        <translation>牌组</translation>
    </message>
    <message>
        <source>Topics (none checked: all)</source>
        <translation>主题（都不勾：全部）</translation>
    </message>
    <message>
        <source>Facts per round:</source>
        <translation>每轮事实数：</translation>
    </message>
    <message>
        <source>Count my first answer to facts that are due as a review (FSRS)</source>
        <translation>到期的事实，第一次作答算作一次复习（FSRS）</translation>
    </message>
    <message>
        <source>Resume the round (Enter)</source>
        <translation>继续这一轮（Enter）</translation>
    </message>
    <message>
        <source>Start a new round</source>
        <translation>开始新的一轮</translation>
    </message>
    <message>
        <source>Leave (Esc)</source>
        <translation>离开（Esc）</translation>
    </message>
    <message>
        <source>The round is kept: come back to go on</source>
        <translation>这一轮会保留，回来就能接着学</translation>
    </message>
    <message>
        <source>This round</source>
        <translation>这一轮</translation>
    </message>
    <message>
        <source>Facts of this round</source>
        <translation>这一轮的事实</translation>
    </message>
    <message>
        <source>Round complete</source>
        <translation>这一轮完成了</translation>
    </message>
    <message>
        <source>Next round (Enter)</source>
        <translation>下一轮（Enter）</translation>
    </message>
    <message>
        <source>Choose other facts</source>
        <translation>选其他事实</translation>
    </message>
    <message>
        <source>A round is under way: %1 of %2 facts learned, %3 question(s) asked.</source>
        <translation>有一轮正在进行：已学会 %1 / %2 则事实，已答 %3 题。</translation>
    </message>
    <message>
        <source>Choose at least one deck.</source>
        <translation>请至少选一个牌组。</translation>
    </message>
    <message>
        <source>No facts to learn in these decks and topics.</source>
        <translation>这些牌组和主题中没有可学的事实。</translation>
    </message>
    <message>
        <source>%1 of %2 facts learned</source>
        <translation>已学会 %1 / %2 则事实</translation>
    </message>
    <message>
        <source>The round could not be saved, so it cannot be resumed: %1</source>
        <translation>这一轮无法保存，之后不能接着学：%1</translation>
    </message>
    <message>
        <source>Answers could not be counted as reviews: %1</source>
        <translation>答案无法算成复习：%1</translation>
    </message>
    <message>
        <source>Step %1 of 3 · %2</source>
        <translation>第 %1 / 3 级 · %2</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>答对了</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>还没答对</translation>
    </message>
    <message>
        <source>Learned: this fact is at the top.</source>
        <translation>学会了：这则事实已经爬到顶。</translation>
    </message>
    <message>
        <source>Up to %1.</source>
        <translation>升到“%1”。</translation>
    </message>
    <message>
        <source>Your answer: %1</source>
        <translation>你的答案：%1</translation>
    </message>
    <message numerus="yes">
        <source>Back to %1; it comes back within %n question(s), asked anew.</source>
        <translation>
            <numerusform>退回“%1”；%n 题之内会换个问法再问。</numerusform>
        </translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>正确答案：%1</translation>
    </message>
    <message>
        <source>See the round's end (Enter)</source>
        <translation>看这一轮的结果（Enter）</translation>
    </message>
    <message>
        <source>Next question (Enter)</source>
        <translation>下一题（Enter）</translation>
    </message>
    <message numerus="yes">
        <source>You learned %n fact(s) in %1 questions, with %2 mistakes.</source>
        <translation>
            <numerusform>你用 %1 题学会了 %n 则事实，答错 %2 次。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) of due cards were recorded.</source>
        <translation>
            <numerusform>已记下 %n 次到期卡片的复习。</numerusform>
        </translation>
    </message>
    <message>
        <source>Your review schedule was not changed.</source>
        <translation>你的复习调度没有变动。</translation>
    </message>
</context>
<context>
    <name>Links</name>
    <message>
        <source>Link not opened</source>
        <translation>未打开链接</translation>
    </message>
    <message>
        <source>This link is not a web address (http or https), so studyapp does not open it.</source>
        <translation>这个链接不是网址（http 或 https），所以 studyapp 不会打开它。</translation>
    </message>
    <message>
        <source>Open a web page</source>
        <translation>打开网页</translation>
    </message>
    <message>
        <source>Open this address in your web browser?</source>
        <translation>要在网页浏览器中打开这个网址吗？</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The decks could not be loaded.</source>
        <extracomment>The decks and the store are ready (emitted once).</extracomment>
        <translation>无法加载牌组。</translation>
    </message>
    <message>
        <source>Decks</source>
        <translation>牌组</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>复习</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>测验</translation>
    </message>
    <message>
        <source>Browse</source>
        <translation>浏览</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Stats</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>学习</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>阅读</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间轴</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Import article…</source>
        <translation>导入文章(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export to Anki…</source>
        <translation>导出到 Anki(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Bring progress back from Anki…</source>
        <translation>从 Anki 带回学习进度(&amp;B)…</translation>
    </message>
    <message>
        <source>Back&amp;ups…</source>
        <translation>备份(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About studyapp</source>
        <translation>关于 studyapp(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Undo last rating</source>
        <translation>撤销上一次评分(&amp;U)</translation>
    </message>
    <message>
        <source>Switch 繁 / 简</source>
        <translation>切换繁 / 简</translation>
    </message>
    <message>
        <source>Show the content in Traditional characters (Ctrl+T)</source>
        <translation>以繁体字显示内容（Ctrl+T）</translation>
    </message>
    <message>
        <source>Show the content in Simplified characters (Ctrl+T)</source>
        <translation>以简体字显示内容（Ctrl+T）</translation>
    </message>
    <message>
        <source>Script:</source>
        <translation>用字：</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>画面</translation>
    </message>
    <message>
        <source>Loading decks…</source>
        <translation>正在加载牌组…</translation>
    </message>
    <message>
        <source>Undo the last rating, bury or suspension</source>
        <translation>复原上一次评分、暂缓或暂停</translation>
    </message>
    <message>
        <source>Review: edit the fact (your own decks)</source>
        <translation>复习：编辑这则事实（你自己的牌组）</translation>
    </message>
    <message>
        <source>Review: bury the card until tomorrow</source>
        <translation>复习：把卡片暂缓到明天</translation>
    </message>
    <message>
        <source>Review: suspend the card</source>
        <translation>复习：暂停这张卡片</translation>
    </message>
    <message>
        <source>Review: red, orange, green, blue flag (again: no flag)</source>
        <translation>复习：红、橙、绿、蓝旗（再按一次：取消旗标）</translation>
    </message>
    <message>
        <source>Review: show the fact in Browse</source>
        <translation>复习：在浏览中显示这则事实</translation>
    </message>
    <message>
        <source>Decks, Review, Quiz, Browse, Sources, Stats (not on Review: flags)</source>
        <translation>牌组、复习、测验、浏览、来源、统计（复习画面除外：那里是旗标）</translation>
    </message>
    <message>
        <source>Decks, Review, Quiz, Browse, Sources, Stats (everywhere)</source>
        <translation>牌组、复习、测验、浏览、来源、统计（任何画面）</translation>
    </message>
    <message>
        <source>Learn, Read, Timeline</source>
        <translation>学习、阅读、时间轴</translation>
    </message>
    <message>
        <source>Move between controls (a ring shows where you are)</source>
        <translation>在控制项之间移动（外框标出目前位置）</translation>
    </message>
    <message>
        <source>Export to Anki</source>
        <translation>导出到 Anki</translation>
    </message>
    <message>
        <source>About studyapp</source>
        <translation>关于 studyapp</translation>
    </message>
    <message>
        <source>&lt;h3&gt;studyapp {version}&lt;/h3&gt;&lt;p&gt;Study two Chinese articles about how Anthropic began: flashcards with FSRS scheduling, timed quizzes, the articles' disagreements side by side, and export to Anki.&lt;/p&gt;&lt;p&gt;Your progress is kept in {path}.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;studyapp {version}&lt;/h3&gt;&lt;p&gt;研读两篇关于 Anthropic 创办历程的中文文章：以 FSRS 调度的记忆卡、计时测验、并排比较两篇文章的出入，并可导出到 Anki。&lt;/p&gt;&lt;p&gt;你的学习进度保存在 {path}。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Space / Enter</source>
        <translation>空格键 / Enter</translation>
    </message>
    <message>
        <source>Show the answer; on the answer: Good</source>
        <translation>显示答案；在答案面：良好</translation>
    </message>
    <message>
        <source>Again, Hard, Good, Easy</source>
        <translation>重来、困难、良好、简单</translation>
    </message>
    <message>
        <source>Switch between 繁 and 简</source>
        <translation>切换繁 / 简</translation>
    </message>
    <message>
        <source>Search (in Browse)</source>
        <translation>搜索（在浏览中）</translation>
    </message>
    <message>
        <source>Import an article</source>
        <translation>导入文章</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Your progress is open read-only</source>
        <translation>你的学习进度以只读方式打开</translation>
    </message>
    <message>
        <source>You can browse the decks and take quizzes; nothing is saved.</source>
        <translation>你可以浏览牌组、进行测验，但不会保存任何内容。</translation>
    </message>
    <message>
        <source>Your progress could not be opened</source>
        <translation>无法打开你的学习进度</translation>
    </message>
    <message>
        <source>studyapp will run without saving progress until this is fixed.</source>
        <translation>在问题解决之前，studyapp 会在不保存进度的情况下运行。</translation>
    </message>
</context>
<context>
    <name>MatchView</name>
    <message>
        <source>Match</source>
        <translation>配对</translation>
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
        <translation>全部配对完成！</translation>
    </message>
    <message>
        <source>Play again</source>
        <translation>再玩一次</translation>
    </message>
    <message>
        <source>Back to the quiz</source>
        <translation>回到测验</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>已选</translation>
    </message>
    <message>
        <source>A pair: %1</source>
        <translation>配成一对：%1</translation>
    </message>
    <message>
        <source>Not a pair: one second more</source>
        <translation>不是一对：多加一秒</translation>
    </message>
    <message>
        <source>Best: %1</source>
        <translation>最佳：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n wrong pair(s), one second added for each.</source>
        <translation>
            <numerusform>配错 %n 次，每次加一秒。</numerusform>
        </translation>
    </message>
    <message>
        <source>No wrong pairs.</source>
        <translation>没有配错。</translation>
    </message>
    <message>
        <source>No best time yet</source>
        <translation>还没有最佳时间</translation>
    </message>
    <message>
        <source>This deck has too few facts for a game.</source>
        <translation>这个牌组的事实太少，无法开局。</translation>
    </message>
    <message>
        <source>Done in %1.</source>
        <translation>用时 %1 完成。</translation>
    </message>
    <message>
        <source>A new best time!</source>
        <translation>新的最佳时间！</translation>
    </message>
    <message>
        <source>Click a tile, then its partner. The clock starts with your first click.</source>
        <translation>点一张卡，再点与它配成一对的卡。第一次点击时开始计时。</translation>
    </message>
    <message>
        <source>Wrong pairs: %1 (one second each)</source>
        <translation>配错 %1 次（每次加一秒）</translation>
    </message>
</context>
<context>
    <name>MatchingAnswer</name>
    <message>
        <source>Check (Enter)</source>
        <translation>检查（Enter）</translation>
    </message>
    <message numerus="yes">
        <source>Pick an item on the left (1–%n), then its partner (A–…).</source>
        <translation>
            <numerusform>先选左边一项（1–%n），再选右边与它对应的一项（A–…）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderingAnswer</name>
    <message>
        <source>Items to put in order</source>
        <translation>要排序的项目</translation>
    </message>
    <message>
        <source>Earliest first. Drag, or ↑/↓ to choose and Ctrl+↑/↓ to move; Enter checks.</source>
        <translation>最早的在前。可拖动，或用 ↑/↓ 选择、Ctrl+↑/↓ 移动；按 Enter 检查。</translation>
    </message>
    <message>
        <source>Check (Enter)</source>
        <translation>检查（Enter）</translation>
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
        <translation>所选的人物</translation>
    </message>
    <message>
        <source>Quiz me on these facts</source>
        <translation>用这些事实考我</translation>
    </message>
    <message>
        <source>Co-founders</source>
        <translation>联合创始人</translation>
    </message>
    <message>
        <source>Others in the articles</source>
        <translation>文章中的其他人</translation>
    </message>
    <message>
        <source>Co-founder</source>
        <translation>联合创始人</translation>
    </message>
    <message>
        <source>What each article says they said or did</source>
        <translation>各篇文章说此人说了什么、做了什么</translation>
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
        <translation>也写作：%1</translation>
    </message>
    <message>
        <source>Where the articles name different people</source>
        <translation>两篇文章说的是不同的人</translation>
    </message>
    <message numerus="yes">
        <source>%n fact(s)</source>
        <translation>
            <numerusform>%n 则事实</numerusform>
        </translation>
    </message>
    <message>
        <source>(says nothing of them)</source>
        <translation>（没有提到此人）</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>查找(&amp;L)：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>QuizFeedback</name>
    <message>
        <source>✓ Right</source>
        <translation>✓ 答对了</translation>
    </message>
    <message>
        <source>✗ Time's up</source>
        <translation>✗ 时间到</translation>
    </message>
    <message>
        <source>— Not answered</source>
        <translation>— 未作答</translation>
    </message>
    <message>
        <source>✗ Wrong</source>
        <translation>✗ 答错了</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>（未作答）</translation>
    </message>
    <message>
        <source>The articles disagree:</source>
        <translation>两篇文章说法不同：</translation>
    </message>
    <message>
        <source>This question follows %1.</source>
        <translation>本题依照%1。</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>出处：%1</translation>
    </message>
    <message>
        <source>I was right</source>
        <translation>我答对了</translation>
    </message>
    <message>
        <source>Report this question…</source>
        <translation>回报这一题…</translation>
    </message>
    <message>
        <source>Your answer: %1</source>
        <translation>你的答案：%1</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>正确答案：%1</translation>
    </message>
</context>
<context>
    <name>QuizPage</name>
    <message>
        <source>No mistakes in your last quizzes: nothing to retry.</source>
        <translation>最近的测验没有错题，没有可重做的题目。</translation>
    </message>
    <message>
        <source>No questions can be made from these decks, topics and types.</source>
        <translation>无法从这些牌组、主题和题型出题。</translation>
    </message>
    <message>
        <source>No questions can be made from these facts.</source>
        <translation>这些事实无法出题。</translation>
    </message>
    <message>
        <source>Progress is unavailable: this quiz was not saved.</source>
        <translation>无法使用学习进度，这次测验没有保存。</translation>
    </message>
    <message>
        <source>This quiz could not be saved completely.</source>
        <translation>这次测验未能完整保存。</translation>
    </message>
    <message>
        <source>Report this question</source>
        <translation>回报这一题</translation>
    </message>
    <message>
        <source>What is wrong with this question? It will not be asked again.</source>
        <translation>这一题哪里有问题？之后不会再出这一题。</translation>
    </message>
    <message>
        <source>Your answer could not be saved.</source>
        <translation>无法保存你的答案。</translation>
    </message>
    <message>
        <source>Progress is unavailable: the report was not saved.</source>
        <translation>无法使用学习进度：回报没有保存。</translation>
    </message>
    <message>
        <source>The report could not be saved.</source>
        <translation>无法保存回报。</translation>
    </message>
    <message>
        <source>Thank you: this question will not be asked again.</source>
        <translation>谢谢：之后不会再出这一题。</translation>
    </message>
    <message>
        <source>Progress is unavailable: mistakes cannot be sent to review.</source>
        <translation>无法使用学习进度，错题无法加入复习。</translation>
    </message>
    <message>
        <source>Could not update the cards: %1</source>
        <translation>无法更新卡片：%1</translation>
    </message>
    <message>
        <source>None of your mistakes' cards could be added to Review.</source>
        <translation>错题的卡片都无法加入复习。</translation>
    </message>
    <message numerus="yes">
        <source>Review now has %n card(s) of your mistakes, due today.</source>
        <translation>
            <numerusform>复习中现在有错题的 %n 张卡片，今天到期。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due now: %n card(s) you had studied.</source>
        <translation>
            <numerusform>现在到期：%n 张你学过的卡片。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Learning now: %n new card(s), not counted toward today's new-card limit.</source>
        <translation>
            <numerusform>现在开始学习：%n 张新卡片，不计入今天的新卡片上限。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left suspended: %n card(s).</source>
        <translation>
            <numerusform>仍暂停：%n 张卡片。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuizWords</name>
    <message>
        <source>Flashcard</source>
        <translation>闪卡</translation>
    </message>
    <message>
        <source>Fill in the blank</source>
        <translation>填空</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>选择题</translation>
    </message>
    <message>
        <source>True or false</source>
        <translation>是非题</translation>
    </message>
    <message>
        <source>Matching</source>
        <translation>配对题</translation>
    </message>
    <message>
        <source>Put in order</source>
        <translation>排序题</translation>
    </message>
    <message>
        <source>Type the answer</source>
        <translation>输入答案</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>I knew it</source>
        <translation>我答对了</translation>
    </message>
    <message>
        <source>I didn't know</source>
        <translation>我不会</translation>
    </message>
    <message>
        <source>True</source>
        <translation>对</translation>
    </message>
    <message>
        <source>False</source>
        <translation>错</translation>
    </message>
</context>
<context>
    <name>ReadScreen</name>
    <message>
        <source>Read</source>
        <translation>阅读</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Facts of this passage</source>
        <translation>这段的事实</translation>
    </message>
    <message>
        <source>Review these</source>
        <translation>复习这些</translation>
    </message>
    <message>
        <source>Bring these facts' cards forward and review them now</source>
        <translation>把这些事实的卡片提前，现在就复习</translation>
    </message>
    <message>
        <source>Quiz me on this passage</source>
        <translation>用这一段考我</translation>
    </message>
    <message>
        <source>No article to read yet. Import an article (Ctrl+I): its text is kept with your deck, and every sentence you keep as a fact is marked here.</source>
        <translation>还没有可读的文章。导入一篇文章（Ctrl+I）后，它的全文会和你的牌组放在一起，你留作事实的每一句都会在这里标出。</translation>
    </message>
    <message>
        <source>This fact has no place in an article.</source>
        <translation>这则事实在文章中找不到出处。</translation>
    </message>
    <message>
        <source>%1 (outline)</source>
        <translation>%1（大纲）</translation>
    </message>
    <message>
        <source>The article as you imported it. Each sentence that holds a fact is coloured by how well you know it now; click one to see its facts.</source>
        <translation>这是你导入的文章原文。含有事实的句子，依你现在记得的程度上色；点一句可看它的事实。</translation>
    </message>
    <message>
        <source>This article is not shipped with studyapp. Here is its outline, section by section in the article's order, with the facts of each; click a section to see its facts.</source>
        <translation>studyapp 没有附上这篇文章的全文。这里是它的大纲：依文章的顺序逐节列出，附上每一节的事实；点一节可看它的事实。</translation>
    </message>
    <message>
        <source>Open the article</source>
        <translation>打开文章</translation>
    </message>
    <message numerus="yes">
        <source>%n fact(s) of this article are not marked in its text.</source>
        <translation>
            <numerusform>这篇文章有 %n 则事实没有在文中标出。</numerusform>
        </translation>
    </message>
    <message>
        <source>Published {date}</source>
        <translation>发表于 {date}</translation>
    </message>
    <message numerus="yes">
        <source>%n section(s)</source>
        <translation>
            <numerusform>共 %n 节</numerusform>
        </translation>
    </message>
    <message>
        <source>(no facts from this section)</source>
        <translation>（这一节没有事实）</translation>
    </message>
    <message>
        <source>Click a marked sentence or a section</source>
        <translation>点一个标出的句子或一节</translation>
    </message>
    <message numerus="yes">
        <source>%n fact(s) in this sentence</source>
        <translation>
            <numerusform>这句话有 %n 则事实</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>Retry my mistakes</source>
        <extracomment>Whether a fact has a place in an article (then its item offers Show in article).</extracomment>
        <translation>重做错题</translation>
    </message>
    <message>
        <source>Every question and its answer</source>
        <translation>每一题与其答案</translation>
    </message>
    <message>
        <source>Score by question type</source>
        <translation>各题型得分</translation>
    </message>
    <message>
        <source>Add my mistakes to review</source>
        <translation>把错题加入复习</translation>
    </message>
    <message>
        <source>New quiz</source>
        <translation>新测验</translation>
    </message>
    <message>
        <source>History</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>用时：%1</translation>
    </message>
    <message>
        <source>The quiz's time ran out.</source>
        <translation>测验时间已到。</translation>
    </message>
    <message>
        <source>Ended after %1 of %2 questions.</source>
        <translation>共 %2 题，作答 %1 题后结束。</translation>
    </message>
    <message>
        <source>By type</source>
        <translation>各题型</translation>
    </message>
    <message>
        <source>By topic</source>
        <translation>各主题</translation>
    </message>
</context>
<context>
    <name>RetentionSpin</name>
    <message>
        <source>How likely you should be to remember a card when it comes back (0.90 = 90%).</source>
        <translation>卡片再次出现时，你应该记得它的概率（0.90 = 90%）。</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>Review</source>
        <translation>复习</translation>
    </message>
    <message>
        <source>Show answer</source>
        <translation>显示答案</translation>
    </message>
    <message>
        <source>The card</source>
        <translation>卡片</translation>
    </message>
    <message>
        <source>Space or Enter</source>
        <translation>空格键或 Enter</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Take back the last rating (Ctrl+Z)</source>
        <translation>收回上一次评分（Ctrl+Z）</translation>
    </message>
    <message>
        <source>Undo last rating</source>
        <translation>撤销上一次评分</translation>
    </message>
    <message>
        <source>Back to decks</source>
        <translation>回到牌组</translation>
    </message>
    <message>
        <source>&amp;Custom study…</source>
        <translation>自订学习(&amp;C)…</translation>
    </message>
    <message>
        <source>More new cards, more reviews, review ahead or today's forgotten cards</source>
        <translation>多学新卡片、多复习、提前复习或复习今天忘记的卡片</translation>
    </message>
    <message>
        <source>Show in article</source>
        <translation>在文章中查看</translation>
    </message>
    <message>
        <source>Undo rating</source>
        <translation>撤销评分</translation>
    </message>
    <message>
        <source>Edit (E)</source>
        <translation>编辑（E）</translation>
    </message>
    <message>
        <source>Bury (-)</source>
        <translation>暂缓（-）</translation>
    </message>
    <message>
        <source>Put this card away until tomorrow</source>
        <translation>把这张卡片先收起来，明天再复习</translation>
    </message>
    <message>
        <source>Suspend (@)</source>
        <translation>暂停（@）</translation>
    </message>
    <message>
        <source>Keep this card out of reviews until unsuspended</source>
        <translation>让这张卡片不再出现在复习中，直到取消暂停</translation>
    </message>
    <message>
        <source>Flag (Ctrl+1–4)</source>
        <translation>旗标（Ctrl+1–4）</translation>
    </message>
    <message>
        <source>Browse (B)</source>
        <translation>浏览（B）</translation>
    </message>
    <message>
        <source>Show this fact in Browse</source>
        <translation>在浏览中显示这则事实</translation>
    </message>
    <message>
        <source>No flag</source>
        <translation>无旗标</translation>
    </message>
    <message>
        <source>Red flag</source>
        <translation>红旗</translation>
    </message>
    <message>
        <source>Orange flag</source>
        <translation>橙旗</translation>
    </message>
    <message>
        <source>Green flag</source>
        <translation>绿旗</translation>
    </message>
    <message>
        <source>Blue flag</source>
        <translation>蓝旗</translation>
    </message>
    <message>
        <source>Only the facts of your own decks can be edited here.</source>
        <translation>这里只能编辑你自己的牌组中的事实。</translation>
    </message>
    <message>
        <source>Fact saved.</source>
        <translation>事实已保存。</translation>
    </message>
    <message>
        <source>Buried until tomorrow. Ctrl+Z brings it back.</source>
        <translation>已暂缓到明天。按 Ctrl+Z 可拿回来。</translation>
    </message>
    <message>
        <source>Suspended. Ctrl+Z brings it back; Browse can unsuspend it later.</source>
        <translation>已暂停。按 Ctrl+Z 可拿回来；之后也可在浏览中取消暂停。</translation>
    </message>
    <message>
        <source>Unburied.</source>
        <translation>已取消暂缓。</translation>
    </message>
    <message>
        <source>Unsuspended.</source>
        <translation>已取消暂停。</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} 分钟</translation>
    </message>
    <message>
        <source>{n} h</source>
        <translation>{n} 小时</translation>
    </message>
    <message>
        <source>{n} d</source>
        <translation>{n} 天</translation>
    </message>
    <message>
        <source>{n} mo</source>
        <translation>{n} 个月</translation>
    </message>
    <message>
        <source>{n} y</source>
        <translation>{n} 年</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>重来</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>困难</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>良好</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>简单</translation>
    </message>
    <message>
        <source>Reviewing is not available</source>
        <translation>目前无法复习</translation>
    </message>
    <message>
        <source>Choose a deck to study</source>
        <translation>请选择要学习的牌组</translation>
    </message>
    <message>
        <source>All decks</source>
        <translation>所有牌组</translation>
    </message>
    <message numerus="yes">
        <source>review ahead, %n day(s)</source>
        <translation>
            <numerusform>提前复习 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>today's forgotten cards</source>
        <translation>今天忘记的卡片</translation>
    </message>
    <message>
        <source>{deck} · Custom study: {kind}</source>
        <translation>{deck} · 自订学习：{kind}</translation>
    </message>
    <message>
        <source>New {n}</source>
        <translation>新 {n}</translation>
    </message>
    <message>
        <source>Learning {n}</source>
        <translation>学习中 {n}</translation>
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
        <translation>问题</translation>
    </message>
    <message>
        <source>Fill in the blank</source>
        <translation>填空</translation>
    </message>
    <message>
        <source>What is this about?</source>
        <translation>这是关于什么？</translation>
    </message>
    <message>
        <source>This card's fact is no longer in its deck.</source>
        <translation>这张卡片的事实已不在牌组中。</translation>
    </message>
    <message>
        <source>Key {key}</source>
        <translation>按键 {key}</translation>
    </message>
    <message>
        <source>Edit this fact</source>
        <translation>编辑这则事实</translation>
    </message>
    <message>
        <source>The articles disagree:</source>
        <translation>两篇文章说法不同：</translation>
    </message>
    <message>
        <source>Source: {sources}</source>
        <translation>来源：{sources}</translation>
    </message>
    <message>
        <source>Custom study done</source>
        <translation>自订学习完成</translation>
    </message>
    <message>
        <source>Nothing is due now</source>
        <translation>目前没有到期的卡片</translation>
    </message>
    <message numerus="yes">
        <source>You reviewed %n card(s) in this session.</source>
        <translation>
            <numerusform>这一轮你复习了 %n 张卡片。</numerusform>
        </translation>
    </message>
    <message>
        <source>A card you are learning comes back in {when}.</source>
        <translation>正在学习的卡片将在 {when}后再出现。</translation>
    </message>
    <message>
        <source>Your next reviews are due tomorrow.</source>
        <translation>下一次复习在明天。</translation>
    </message>
    <message numerus="yes">
        <source>Your next reviews are due in %n day(s), on {date}.</source>
        <translation>
            <numerusform>下一次复习在 %n 天后（{date}）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing else is scheduled yet.</source>
        <translation>目前没有其他排定的复习。</translation>
    </message>
    <message>
        <source>Today's new cards are done; more come tomorrow.</source>
        <translation>今天的新卡片已经学完，明天会有更多。</translation>
    </message>
</context>
<context>
    <name>RunView</name>
    <message>
        <source>Paused</source>
        <extracomment>Whether a fact has a place in an article (then the verdict offers Show in article). A topic's title in the current script (deck id, topic id): the line above the question, as a review card and an Anki card have it.</extracomment>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Quiz question</source>
        <translation>测验题目</translation>
    </message>
    <message>
        <source>The clock is stopped. Press Esc or Resume to go on.</source>
        <translation>计时已停止。按 Esc 或“继续”接着作答。</translation>
    </message>
    <message>
        <source>Resume (Esc)</source>
        <translation>继续（Esc）</translation>
    </message>
    <message>
        <source>End the quiz</source>
        <translation>结束测验</translation>
    </message>
    <message>
        <source>I was right</source>
        <translation>我答对了</translation>
    </message>
    <message>
        <source>Report this question…</source>
        <translation>回报这一题…</translation>
    </message>
    <message>
        <source>Question %1 / %2</source>
        <translation>第 %1 / %2 题</translation>
    </message>
    <message>
        <source>Score: %1</source>
        <translation>得分：%1</translation>
    </message>
    <message>
        <source>Not saved: progress is unavailable</source>
        <translation>不会保存：无法使用学习进度</translation>
    </message>
    <message>
        <source>Not saved: the progress file could not be written</source>
        <translation>不会保存：无法写入进度文件</translation>
    </message>
    <message>
        <source>Pause (Esc)</source>
        <translation>暂停（Esc）</translation>
    </message>
    <message>
        <source>See the results (Enter)</source>
        <translation>查看结果（Enter）</translation>
    </message>
    <message>
        <source>Next question (Enter)</source>
        <translation>下一题（Enter）</translation>
    </message>
    <message>
        <source>Match each item with its partner.</source>
        <translation>把每一项与对应的一项配成对。</translation>
    </message>
    <message>
        <source>Put these in order, earliest first.</source>
        <translation>依时间先后排列，最早的在前。</translation>
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
        <translation>设置</translation>
    </message>
    <message>
        <source>Language and appearance</source>
        <translation>语言与外观</translation>
    </message>
    <message>
        <source>Studying</source>
        <translation>学习</translation>
    </message>
    <message>
        <source>Scheduler</source>
        <translation>调度</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>界面语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Study &amp;script:</source>
        <translation>学习用字(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>Reading &amp;font size:</source>
        <translation>阅读字号(&amp;F)：</translation>
    </message>
    <message>
        <source>Desired &amp;retention:</source>
        <translation>目标记忆率(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;New cards per day:</source>
        <translation>每日新卡片数(&amp;N)：</translation>
    </message>
    <message>
        <source>Maximum re&amp;views per day:</source>
        <translation>每日复习上限(&amp;V)：</translation>
    </message>
    <message>
        <source>The defaults of every deck; a deck can have its own (Decks → Options…).</source>
        <translation>每个牌组的默认值；牌组也可以有自己的设置（牌组 → 选项…）。</translation>
    </message>
    <message>
        <source>&amp;Balance the daily load</source>
        <translation>平均分配每日复习量(&amp;B)</translation>
    </message>
    <message>
        <source>Within the few days a review may move, put it on the day with the fewest reviews due, so that busy days do not pile up.</source>
        <translation>在复习可挪动的几天内，排到到期卡片最少的那天，避免忙碌的日子越堆越多。</translation>
    </message>
    <message>
        <source>Light days:</source>
        <translation>轻松日：</translation>
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
        <translation>轻松日的复习量约为其他日子的一半。</translation>
    </message>
    <message>
        <source>Card kinds:</source>
        <translation>卡片种类：</translation>
    </message>
    <message>
        <source>&amp;Question → answer</source>
        <translation>问题 → 答案(&amp;Q)</translation>
    </message>
    <message>
        <source>Fill in the &amp;blank</source>
        <translation>填空(&amp;B)</translation>
    </message>
    <message>
        <source>Ans&amp;wer → question</source>
        <translation>答案 → 问题(&amp;W)</translation>
    </message>
    <message>
        <source>Same as the computer</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Traditional characters (繁體)</source>
        <translation>繁体字</translation>
    </message>
    <message>
        <source>Simplified characters (简体)</source>
        <translation>简体字</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Fit the scheduler to your own answers, so cards come back when you are about to forget them. It needs at least {n} reviews.</source>
        <translation>依你自己的作答调整调度，让卡片在你快要忘记时再出现。至少需要 {n} 次复习。</translation>
    </message>
    <message>
        <source>How it decides: new parameters are fitted on your earlier answers only and kept only if they predict your latest answers (the last quarter, held out) better than the current ones.</source>
        <translation>决定方式：新参数只用你较早的作答来拟合，只有在预测你最近的作答（保留未用的最后四分之一）比目前的参数更准时才采用。</translation>
    </message>
    <message numerus="yes">
        <source>Your review log has %n answer(s).</source>
        <translation>
            <numerusform>你的复习纪录有 %n 次作答。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It learns from the answers to cards that came back on a later day: %n of them so far.</source>
        <translation>
            <numerusform>它从隔天之后再出现的卡片的作答中学习：目前有 %n 次。</numerusform>
        </translation>
    </message>
    <message>
        <source>Your answers span too few days to hold the latest back for a test; the current settings stay.</source>
        <translation>你的作答横跨的天数太少，无法保留最近的作答来测试；保留目前的设置。</translation>
    </message>
    <message>
        <source>log loss {before} with the current parameters, {after} fitted;</source>
        <translation>对数损失：目前参数 {before}，拟合参数 {after}；</translation>
    </message>
    <message>
        <source>RMSE {before} current, {after} fitted (lower is better).</source>
        <translation>RMSE：目前 {before}，拟合 {after}（越低越好）。</translation>
    </message>
    <message>
        <source>The fit predicts better: the scheduler now uses parameters fitted to all your answers.</source>
        <translation>拟合的参数预测得更准：调度现在使用以你所有作答拟合的参数。</translation>
    </message>
    <message>
        <source>The fit did not succeed; the current parameters stay.</source>
        <translation>拟合没有成功；保留目前的参数。</translation>
    </message>
    <message>
        <source>The fit does not predict better, so the current parameters stay.</source>
        <translation>拟合的参数没有预测得更准，所以保留目前的参数。</translation>
    </message>
    <message>
        <source>&amp;Optimize my scheduler</source>
        <translation>优化我的调度(&amp;O)</translation>
    </message>
    <message>
        <source>Optimizing…</source>
        <translation>正在优化…</translation>
    </message>
    <message numerus="yes">
        <source>Learned from %n review(s).</source>
        <translation>
            <numerusform>从 %n 次复习中学习。</numerusform>
        </translation>
    </message>
    <message>
        <source>That is not enough yet ({n} needed); the current settings stay.</source>
        <translation>目前还不够（需要 {n} 次），保留目前的设置。</translation>
    </message>
    <message numerus="yes">
        <source>Tested on your %n latest answer(s), which the fit did not see:</source>
        <translation>
            <numerusform>以拟合时没用到的最近 %n 次作答测试：</numerusform>
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
        <translation>优化失败：{reason}</translation>
    </message>
</context>
<context>
    <name>SetupView</name>
    <message>
        <source>Timed quiz</source>
        <translation>计时测验</translation>
    </message>
    <message>
        <source>Decks</source>
        <translation>牌组</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>None ticked: every topic.</source>
        <translation>都不勾选即为全部主题。</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>题数</translation>
    </message>
    <message>
        <source>Number of questions</source>
        <translation>题数</translation>
    </message>
    <message>
        <source>Types</source>
        <translation>题型</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>事实</translation>
    </message>
    <message>
        <source>All facts</source>
        <translation>所有事实</translation>
    </message>
    <message>
        <source>Due and weak first</source>
        <translation>到期与薄弱优先</translation>
    </message>
    <message>
        <source>My last mistakes</source>
        <translation>上次的错题</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>时间限制</translation>
    </message>
    <message>
        <source>Per question</source>
        <translation>每题</translation>
    </message>
    <message>
        <source>For the whole quiz</source>
        <translation>整份测验</translation>
    </message>
    <message>
        <source>None</source>
        <translation>不限时</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>秒数</translation>
    </message>
    <message>
        <source>Seconds per question</source>
        <translation>每题秒数</translation>
    </message>
    <message>
        <source>for a plain answer; typed answers get half as long again, matching and ordering this long for every two pairs or items</source>
        <translation>用于一般作答；打字作答再多一半时间，配对与排序则每两组或两项给这么多时间</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>对错反馈</translation>
    </message>
    <message>
        <source>After each answer</source>
        <translation>每题作答后</translation>
    </message>
    <message>
        <source>Only at the end</source>
        <translation>只在最后</translation>
    </message>
    <message>
        <source>Start the quiz</source>
        <translation>开始测验</translation>
    </message>
    <message>
        <source>History</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Match game</source>
        <translation>配对游戏</translation>
    </message>
    <message>
        <source>Progress is unavailable, so this quiz will not be saved and “due and weak first” and “my last mistakes” ask about all facts.</source>
        <translation>无法使用学习进度，所以这次测验不会保存，“到期与薄弱优先”和“上次的错题”都会从所有事实出题。</translation>
    </message>
    <message>
        <source>Your progress is open read-only, so this quiz will not be saved.</source>
        <translation>你的学习进度以只读方式打开，所以这次测验不会保存。</translation>
    </message>
    <message>
        <source>Tick at least one deck.</source>
        <translation>请至少勾选一个牌组。</translation>
    </message>
    <message>
        <source>Tick at least one question type.</source>
        <translation>请至少勾选一种题型。</translation>
    </message>
</context>
<context>
    <name>SourcesScreen</name>
    <message>
        <source>Sources and where they disagree</source>
        <translation>来源与两篇的出入</translation>
    </message>
    <message>
        <source>There are no decks yet.</source>
        <translation>还没有任何牌组。</translation>
    </message>
    <message>
        <source>Where the articles disagree</source>
        <translation>两篇文章说法不同之处</translation>
    </message>
    <message numerus="yes">
        <source>%n fact(s) are told differently. Each row shows what each article says.</source>
        <translation>
            <numerusform>有 %n 则事实两篇说法不同。每一列并排列出各篇文章的说法。</numerusform>
        </translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>(does not say)</source>
        <translation>（没有提到）</translation>
    </message>
    <message>
        <source>Traditional (繁體)</source>
        <translation>繁体</translation>
    </message>
    <message>
        <source>Simplified (简体)</source>
        <translation>简体</translation>
    </message>
    <message>
        <source>Published {date}</source>
        <translation>发表于 {date}</translation>
    </message>
    <message>
        <source>written in {script}</source>
        <translation>以{script}撰写</translation>
    </message>
    <message>
        <source>Author: {name}</source>
        <translation>作者：{name}</translation>
    </message>
    <message>
        <source>Open the article</source>
        <translation>打开文章</translation>
    </message>
    <message>
        <source>the video it summarises</source>
        <translation>文章整理的视频</translation>
    </message>
    <message numerus="yes">
        <source>Supports %n fact(s)</source>
        <translation>
            <numerusform>支持 %n 则事实</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>tells %n fact(s) differently</source>
        <translation>
            <numerusform>有 %n 则事实说法不同</numerusform>
        </translation>
    </message>
    <message>
        <source>{first}; {second}</source>
        <translation>{first}；{second}</translation>
    </message>
    <message>
        <source>Topics covered:</source>
        <translation>涵盖的主题：</translation>
    </message>
</context>
<context>
    <name>StatsScreen</name>
    <message>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>reviews today</source>
        <translation>今日复习</translation>
    </message>
    <message>
        <source>reviews in all</source>
        <translation>总复习次数</translation>
    </message>
    <message>
        <source>cards studied</source>
        <translation>学过的卡片</translation>
    </message>
    <message>
        <source>days in a row</source>
        <translation>连续天数</translation>
    </message>
    <message>
        <source>minutes today</source>
        <translation>今日分钟数</translation>
    </message>
    <message>
        <source>answered correctly (12 weeks)</source>
        <translation>答对率（12 周）</translation>
    </message>
    <message>
        <source>Reviews per day (30 days)</source>
        <translation>每日复习数（30 天）</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新卡片</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>学习中</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>复习</translation>
    </message>
    <message>
        <source>No reviews yet.</source>
        <translation>还没有复习记录。</translation>
    </message>
    <message>
        <source>Due in the next 30 days</source>
        <translation>未来 30 天到期</translation>
    </message>
    <message>
        <source>Nothing is scheduled yet.</source>
        <translation>目前还没有排定的复习。</translation>
    </message>
    <message>
        <source>Retention per week (review cards not forgotten)</source>
        <translation>每周记忆率（复习卡片没有忘记的比例）</translation>
    </message>
    <message>
        <source>Retention appears once cards come back for review.</source>
        <translation>卡片回来复习后，就会显示记忆率。</translation>
    </message>
    <message>
        <source>Mastery per topic</source>
        <translation>各主题的掌握度</translation>
    </message>
    <message>
        <source>Mature</source>
        <translation>已熟记</translation>
    </message>
    <message>
        <source>Young</source>
        <translation>尚浅</translation>
    </message>
    <message>
        <source>No cards yet.</source>
        <translation>还没有卡片。</translation>
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
        <translation>当周</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>记忆率</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>作答数</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>图表</translation>
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
        <translation>记得很牢</translation>
    </message>
    <message>
        <source>Fading</source>
        <translation>渐渐淡忘</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>快要忘了</translation>
    </message>
    <message>
        <source>Not studied yet</source>
        <translation>还没学过</translation>
    </message>
    <message>
        <source>%1 · recall %2 %</source>
        <translation>%1 · %2%</translation>
    </message>
    <message>
        <source>Traditional article</source>
        <translation>繁体文章</translation>
    </message>
    <message>
        <source>Simplified article</source>
        <translation>简体文章</translation>
    </message>
    <message>
        <source>The articles disagree:</source>
        <translation>两篇文章说法不同：</translation>
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
        <translation>时间轴</translation>
    </message>
    <message>
        <source>Facts of the chosen event</source>
        <translation>所选事件的事实</translation>
    </message>
    <message>
        <source>Every dated event of the deck on one axis, earliest first. ⚑ marks what the articles tell differently; where they give different dates, both are shown. Click an event (or use ↑/↓) to see its facts.</source>
        <translation>牌组中每件有日期的事，依时间排在同一条轴上，最早的在前。⚑ 表示两篇文章说法不同；两篇给的日期不同时，两个日期并列。点一件事（或用 ↑/↓）可看它的事实。</translation>
    </message>
    <message>
        <source>Show in article</source>
        <translation>在文章中查看</translation>
    </message>
    <message>
        <source>Quiz me on this event</source>
        <translation>用这件事考我</translation>
    </message>
    <message>
        <source>No deck has dated facts yet.</source>
        <translation>还没有牌组含有带日期的事实。</translation>
    </message>
    <message>
        <source>The articles disagree</source>
        <translation>两篇文章说法不同</translation>
    </message>
</context>
<context>
    <name>TrueFalseAnswer</name>
    <message>
        <source>T   True</source>
        <translation>T   对</translation>
    </message>
    <message>
        <source>F   False</source>
        <translation>F   错</translation>
    </message>
</context>
<context>
    <name>TypedAnswer</name>
    <message>
        <source>Type the answer and press Enter</source>
        <translation>输入答案后按 Enter</translation>
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
        <translation>我不会</translation>
    </message>
</context>
<context>
    <name>WorkloadView</name>
    <message>
        <source>How many reviews a day each desired retention would cost, and how many cards you would remember after a year: fsrs-rs's simulator plays a year of this deck, from new, with your own FSRS parameters and the limits above.</source>
        <translation>每个目标记忆率每天要复习多少张，一年后能记住多少张：fsrs-rs 的模拟器用你自己的 FSRS 参数和上面的上限，从头模拟这个牌组的一年。</translation>
    </message>
    <message>
        <source>&amp;Help me decide</source>
        <translation>帮我决定(&amp;H)</translation>
    </message>
    <message>
        <source>Simulate a&amp;gain</source>
        <translation>重新模拟(&amp;G)</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>Desired retention</source>
        <translation>目标记忆率</translation>
    </message>
    <message>
        <source>Reviews a day</source>
        <translation>每日复习数</translation>
    </message>
    <message>
        <source>Minutes a day</source>
        <translation>每日分钟数</translation>
    </message>
    <message>
        <source>Cards remembered</source>
        <translation>记住的卡片</translation>
    </message>
    <message>
        <source>Nothing simulated yet.</source>
        <translation>尚未模拟。</translation>
    </message>
    <message>
        <source>Reviews a day (left)</source>
        <translation>每日复习数（左轴）</translation>
    </message>
    <message>
        <source>Cards remembered (right)</source>
        <translation>记住的卡片（右轴）</translation>
    </message>
    <message>
        <source>{retention}: {reviews} a day</source>
        <translation>{retention}：每天 {reviews} 张</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>目前选择</translation>
    </message>
    <message>
        <source>{n} of {cards}</source>
        <translation>{cards} 张中的 {n} 张</translation>
    </message>
</context>
</TS>