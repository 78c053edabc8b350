/**
 * Surnames so widely shared that an initial and the surname say nothing of who is meant:
 * "Q. Li", "Li, Q." or "J. Smith" in a page's reference list is, far more often than not,
 * someone other than the archive's one Q. Li or J. Smith. People with these surnames are
 * matched on pages only with a given name written out ("Qiang Li").
 *
 * The most frequent surnames of the naming traditions where a few surnames are shared by most
 * people (Chinese, Korean, Vietnamese, Indian), and the handful of others as widely shared
 * ("Smith", "García", "Müller", "Ahmed"). Left out: surnames merely common in a field, where
 * "H. Thomas" or "R. Miller" in a talk's abstract was, on the corpus, most often the archive's
 * own speaker. Lower case, accents folded, as `personKey` produces tokens.
 */
export const SHARED_SURNAMES: ReadonlySet<string> = new Set(
  `
li wang zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng liang xie song tang han feng
deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren shen yao cui zhong tan fan jin
shi liao jia xia fu fang zou xiong qin qiu yin xue yan duan lei hou tao gu mao hao gong shao qian dai kong wong chan
chang cheung lau ng ho tsai
kim lee park choi jung jeong kang cho yoon jang lim oh seo shin kwon hwang ahn
nguyen tran le pham hoang huynh phan vu vo dang bui do ngo duong ly
kumar singh sharma gupta das patel shah rao reddy ghosh roy sarkar khan mishra jain yadav verma pandey banerjee
mukherjee chatterjee bose dutta dey saha mondal pal sen iyer nair menon joshi mehta agarwal agrawal
smith johnson jones garcia rodriguez martinez hernandez lopez gonzalez muller mueller
ahmed ali hussain mohamed mohammed
`
    .split(/\s+/)
    .filter(Boolean),
);
