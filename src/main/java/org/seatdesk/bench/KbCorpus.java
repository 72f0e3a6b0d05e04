package org.seatdesk.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;

import org.seatdesk.kb.Article;
import org.seatdesk.kb.Pinyin;
import org.seatdesk.kb.Section;

/// A generated knowledge base for `bench kb`: mixed Chinese (70 %) and English articles about
/// terminals, consumables, merchants, bank cards and scripts, made of the phrases such articles
/// use, so that the vocabulary (and the competition for each query) is realistic. A labelled
/// subset of "needle" articles, each about one distinctive merchant product, carries the queries
/// that must find it (recall).
final class KbCorpus {

    private static final String[] ZH_SUBJECTS = {"刷卡", "插卡", "闪付", "打印", "签购单", "结算", "密码键盘", "通讯",
        "电池", "屏幕", "读卡器", "热敏纸", "商户名称", "装机地址", "结算账户", "银行卡", "撤销", "退货", "冲正", "主管密码",
        "移机", "撤机", "换机", "二维码", "云闪付", "交易明细", "返回码", "网络", "电源", "信号"};
    private static final String[] ZH_PROBLEMS = {"无响应", "失败", "卡纸", "不出纸", "超时", "报错", "无法连接", "黑屏",
        "乱码", "锁定", "变更", "申领", "更换", "异常", "重复扣款", "被拒", "过期", "不充电", "无信号", "字迹褪色"};
    private static final String[] ZH_SENTENCES = {
        "请商户先确认终端已开机并处于待机界面。", "关机三十秒后重新开机再试一次。", "换一张银行卡试刷，排除卡片本身的问题。",
        "若仍无法解决，请登记机具故障工单并记录终端编号。", "问题描述要写清现象、已做的指导和结果。",
        "同一地区多家商户同时出现故障时，请立即报告班长。", "耗材配送一般在三个工作日内完成。",
        "结算账户变更只能到签约银行网点办理。", "不得在电话中透露或索要任何密码。", "请持卡人联系发卡行处理。",
        "巡检员上门时会出示工作证。", "热敏纸应避光防潮保存。", "交易成功后可在菜单中重打印最后一笔。",
        "无线终端请移到信号较好的位置。", "有线终端请检查网线和电话线是否插紧。", "芯片卡请插卡交易，交易完成前不要拔卡。",
        "撤销当天可做，隔天需要做退货。", "资金一般在三到七个工作日内退回。", "跨地区的工单转派给对应的二级客服。",
        "工单受理后十分钟内必须派出。"};
    private static final String[] EN_SUBJECTS = {"terminal", "printer", "receipt", "card reader", "PIN pad", "battery",
        "network", "settlement", "refund", "paper roll", "merchant address", "business name", "contactless payment",
        "chip card", "response code", "supervisor password", "screen", "power adapter", "connection", "void"};
    private static final String[] EN_PROBLEMS = {"not responding", "fails", "jams", "times out", "shows an error",
        "cannot connect", "is blank", "is locked", "needs changing", "is declined", "is charged twice", "does not charge",
        "prints blank pages", "is expired", "keeps restarting"};
    private static final String[] EN_SENTENCES = {
        "Ask the merchant to check that the terminal is switched on.", "Switch it off for thirty seconds and on again.",
        "Try another card to rule out a damaged stripe.", "If nothing helps, open an equipment fault ticket with the terminal ID.",
        "Write what happened, what you tried and the result.", "Several merchants failing at once: tell the shift monitor.",
        "Consumables are delivered within three working days.", "Settlement accounts change at the bank branch only.",
        "Never ask for or repeat a password on the phone.", "The cardholder calls the issuing bank.",
        "Field inspectors show their badge on arrival.", "Keep thermal paper away from light and damp.",
        "Use reprint last to print a missed receipt.", "Move wireless terminals closer to a window.",
        "Check that the network cable is plugged in firmly.", "Insert chip cards and leave them in until the receipt prints."};
    private static final String[] ZH_CATEGORIES = {"POS 终端故障", "耗材", "商户信息变更", "银行卡问题", "工单规范", "标准用语"};
    private static final String[] EN_CATEGORIES = {"POS terminal faults", "Consumables", "Merchant information change",
        "Bank card questions", "Ticket rules", "Standard phrases"};

    /// Distinctive product words of the labelled needles: never used by the other articles.
    private static final String[] NEEDLE_ZH = {"琥珀", "翡翠", "珊瑚", "玛瑙", "琉璃", "青瓷", "紫砂", "云锦", "宣纸", "苏绣",
        "景泰蓝", "唐三彩", "漆器", "竹编", "剪纸", "皮影", "年画", "风筝", "泥塑", "木雕", "篆刻", "刺绣", "蜡染", "陶笛",
        "古琴"};
    private static final String[] NEEDLE_EN = {"amberline", "jadeport", "coralpay", "agatebox", "glassway", "celadon",
        "zisha", "brocade", "xuanpaper", "suzhouthread", "cloisonne", "tricolour", "lacquer", "bamboonet", "papercut",
        "shadowplay", "newyearprint", "kiteflyer", "claymodel", "woodcarve", "sealcarve", "embroidery", "batikpay",
        "ocarina", "guqin"};

    /// A query and the needle it must find.
    record Labelled(String query, String kind, UUID expected) {
    }

    private static final Pinyin PINYIN = new Pinyin();

    private final int count;
    private final long seed;
    private final UUID publisher;
    private final Instant at;
    /// Filled by each pass: the same every time.
    private final List<Labelled> labelled = new ArrayList<>();
    /// Ids from their own generator, so the texts are those of earlier runs with the same seed.
    private Ids ids;

    private KbCorpus(int count, long seed, UUID publisher, Instant at) {
        this.count = count;
        this.seed = seed;
        this.publisher = publisher;
        this.at = at;
    }

    private record Ids(Random random) {
        UUID next() {
            return new UUID(random.nextLong(), random.nextLong());
        }
    }

    /// The same `count` and `seed` give the same corpus, ids included: a kept index (`bench kb
    /// --index DIR`) still matches its labelled needles.
    static KbCorpus of(int count, long seed, UUID publisher, Instant at) {
        return new KbCorpus(count, seed, publisher, at);
    }

    int size() {
        return count;
    }

    /// Generates the articles again and hands them out one by one, as the console's index build
    /// takes them from its database: 100,000 articles held at once would not fit the console's
    /// heap, and a bench that held them measured its own collector (session 8).
    void forEach(Consumer<Article> each) {
        ids = new Ids(new Random(~seed));
        labelled.clear();
        Random random = new Random(seed);
        for (int i = 0; i < count - NEEDLE_ZH.length; i++) {
            each.accept(random.nextInt(10) < 7 ? chinese(random, i, publisher, at) : english(random, i, publisher, at));
        }
        addNeedles(random, publisher, at, each);
    }

    /// The needles' queries; generates the corpus once (without keeping it) if no pass has run.
    List<Labelled> labelled() {
        if (labelled.isEmpty()) {
            forEach(article -> { });
        }
        return List.copyOf(labelled);
    }

    private Article chinese(Random r, int i, UUID publisher, Instant at) {
        String title = pick(r, ZH_SUBJECTS) + pick(r, ZH_PROBLEMS) + "的处理" + (i % 7 == 0 ? "（" + (i % 97) + "）" : "");
        StringBuilder body = new StringBuilder("## 处理步骤\n\n");
        for (int s = 0; s < 6 + r.nextInt(6); s++) {
            body.append(s + 1).append(". ").append(pick(r, ZH_SENTENCES)).append(pick(r, ZH_SUBJECTS)).append(pick(r, ZH_PROBLEMS))
                    .append("时同样适用。\n");
        }
        int c = r.nextInt(ZH_CATEGORIES.length);
        return new Article(ids.next(), section(c, r), ZH_CATEGORIES[c], title, body.toString(), "zh",
                List.of(pick(r, ZH_SUBJECTS), pick(r, ZH_PROBLEMS)), 1, at, publisher, null);
    }

    private Article english(Random r, int i, UUID publisher, Instant at) {
        String subject = pick(r, EN_SUBJECTS);
        String title = Character.toUpperCase(subject.charAt(0)) + subject.substring(1) + " " + pick(r, EN_PROBLEMS);
        StringBuilder body = new StringBuilder("## What to do\n\n");
        for (int s = 0; s < 5 + r.nextInt(5); s++) {
            body.append("- ").append(pick(r, EN_SENTENCES)).append(" This also applies when the ").append(pick(r, EN_SUBJECTS))
                    .append(' ').append(pick(r, EN_PROBLEMS)).append(".\n");
        }
        int c = r.nextInt(EN_CATEGORIES.length);
        return new Article(ids.next(), section(c, r), EN_CATEGORIES[c], title, body.toString(), "en",
                List.of(pick(r, EN_SUBJECTS)), 1, at, publisher, null);
    }

    private void addNeedles(Random r, UUID publisher, Instant at, Consumer<Article> each) {
        for (int n = 0; n < NEEDLE_ZH.length; n++) {
            String zh = NEEDLE_ZH[n];
            String en = NEEDLE_EN[n];
            UUID id = ids.next();
            String title = zh + "商户" + pick(r, ZH_SUBJECTS) + pick(r, ZH_PROBLEMS) + "（" + en + " 终端）";
            String body = "本文适用于" + zh + "系列商户。" + pick(r, ZH_SENTENCES) + "\n\nThe " + en + " terminal is a model used by "
                    + zh + " merchants. " + pick(r, EN_SENTENCES);
            each.accept(new Article(id, Section.BUSINESS, ZH_CATEGORIES[0], title, body, "zh", List.of(zh, en), 1, at,
                    publisher, null));
            labelled.add(new Labelled(zh, "chinese", id));
            labelled.add(new Labelled(en, "english", id));
            labelled.add(new Labelled(typo(en, r), "typo", id));
            labelled.add(new Labelled(zh + "商户", "chinese", id));
            Pinyin.Spellings spelled = PINYIN.of(zh);
            labelled.add(new Labelled(spelled.full().iterator().next(), "pinyin", id));
            labelled.add(new Labelled(spelled.initials().iterator().next(), "initials", id));
        }
    }

    /// One edit: a letter dropped, doubled or swapped for another, not the first (agents get that right).
    static String typo(String word, Random r) {
        int at = 1 + r.nextInt(word.length() - 1);
        return switch (r.nextInt(3)) {
            case 0 -> word.substring(0, at) + word.substring(at + 1);
            case 1 -> word.substring(0, at) + word.charAt(at) + word.substring(at);
            default -> word.substring(0, at) + (word.charAt(at) == 'x' ? 'y' : 'x') + word.substring(at + 1);
        };
    }

    private static Section section(int category, Random r) {
        if (category == 5) {
            return Section.SCRIPTS;
        }
        if (category == 4) {
            return Section.COMPREHENSIVE;
        }
        return r.nextInt(20) == 0 ? Section.ENCYCLOPEDIA : Section.BUSINESS;
    }

    private static String pick(Random r, String[] from) {
        return from[r.nextInt(from.length)];
    }
}
