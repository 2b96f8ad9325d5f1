/* bench/gen.c — a deterministic generator of BRI-like data sets in libbri's
 * CSV format, for the benchmarks (never for the tests: the data are made up).
 *
 *   bench/gen [--seed N] SIZE OUTDIR        SIZE = S | M | L
 *   bench/gen [--seed N] ENTITIES RELATIONS OUTDIR
 *
 * S = 1k entities / 10k relations, M = 100k / 1M, L = 1M / 10M. Writes
 * OUTDIR/entities.csv, relations.csv and sources.csv (OUTDIR is created).
 * The same seed and size give byte-identical files.
 *
 * What the data look like:
 * - entities of the design's kinds (countries, provinces, cities, ministries,
 *   mechanisms, forums, ports, enterprises, organizations, institutions,
 *   documents) with English and Chinese names, aliases for some, ISO-like
 *   codes for countries and provinces, parents (province in country, city in
 *   province or country, ministry/port/enterprise in country);
 * - relations of the eight built-in kinds with their roles (an actor signs,
 *   meets, attends a forum, joins a mechanism, launches a port or document;
 *   a freight corridor runs city to city via a port; located_in follows the
 *   parents); endpoints drawn from a Zipf law over a shuffled pool, so
 *   degrees are heavy-tailed (a few hubs, a long tail);
 * - dates over 2013–2025, some partial (a year, a year-month), a few end
 *   dates; sectors; titles 《…》 (some with commas, so quoted); event ids;
 *   weights and confidences on some rows; a source on every row; evidence
 *   sentences of 60–150 bytes in Chinese (some with ASCII commas or quotes).
 */
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* ---- random numbers: splitmix64 (deterministic on every platform) ---- */

static uint64_t rng_state;

static uint64_t
rnd (void)
{
  uint64_t z = (rng_state += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

/* Uniform in [0, n). */
static uint32_t
rnd_below (uint32_t n)
{
  return (uint32_t) (((rnd () >> 32) * (uint64_t) n) >> 32);
}

static double
rnd_unit (void)
{
  return (double) (rnd () >> 11) / 9007199254740992.0;
}

/* ---- entities ---------------------------------------------------------- */

enum {
  K_COUNTRY, K_PROVINCE, K_CITY, K_MINISTRY, K_MECHANISM, K_FORUM, K_PORT,
  K_ENTERPRISE, K_ORGANIZATION, K_INSTITUTION, K_DOCUMENT, N_EKINDS
};

static const char *const ekind_name[N_EKINDS] = {
  "country", "province", "city", "ministry", "mechanism", "forum", "port",
  "enterprise", "organization", "institution", "document",
};
static const char *const ekind_en[N_EKINDS] = {
  "Republic", "Province", "City", "Ministry", "Mechanism", "Forum", "Port",
  "Group", "Organization", "Institute", "Document",
};
static const char *const ekind_zh[N_EKINDS] = {
  "国", "省", "市", "部", "合作机制", "论坛", "口岸", "集团", "组织", "研究院", "文件",
};
/* Share of entities per kind, in thousandths (sum 1000). */
static const int ekind_share[N_EKINDS] = {
  10, 20, 300, 40, 20, 60, 30, 300, 80, 80, 60,
};

static const char *const zh_chars[] = {
  "安", "宝", "北", "滨", "昌", "城", "川", "达", "德", "东", "丰", "福", "港", "海",
  "汉", "和", "河", "华", "吉", "嘉", "江", "金", "京", "康", "兰", "乐", "丽", "临",
  "龙", "隆", "美", "明", "南", "宁", "平", "浦", "齐", "庆", "荣", "瑞", "山", "上",
  "胜", "盛", "顺", "泰", "天", "通", "万", "威", "文", "西", "祥", "新", "兴", "阳",
  "义", "永", "玉", "元", "云", "泽", "长", "正", "中", "州", "阿", "巴", "哈", "萨",
  "克", "斯", "坦", "尔", "吉", "塔", "乌", "土", "库", "曼", "蒙", "古", "俄", "罗",
};
static const char *const en_syll[] = {
  "al", "an", "bar", "bek", "cha", "dar", "el", "fan", "gor", "han", "ist", "jin",
  "kar", "kaz", "lan", "mar", "nur", "or", "pal", "qin", "ros", "sar", "tash", "ur",
  "val", "wan", "xin", "yar", "zan", "ming", "shan", "dong", "bei", "nan", "hai",
};

typedef struct {
  uint8_t kind;
  uint32_t parent;   /* index + 1, 0 for none */
  uint32_t serial;   /* number within its kind */
} Entity;

static Entity *ents;
static uint32_t n_ents;
static uint32_t kind_first[N_EKINDS], kind_count[N_EKINDS];

static void
entity_id (char *buf, size_t size, uint32_t i)
{
  const Entity *e = &ents[i];
  snprintf (buf, size, "%s:%c%u", ekind_name[e->kind], ekind_name[e->kind][0], e->serial);
}

/* Deterministic per-entity names (from the index, not the stream). */
static uint64_t
mix (uint64_t x)
{
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdULL;
  x ^= x >> 33;
  x *= 0xc4ceb9fe1a85ec53ULL;
  return x ^ (x >> 33);
}

static void
entity_name_en (char *buf, size_t size, uint32_t i)
{
  uint64_t h = mix (i + 1);
  const Entity *e = &ents[i];
  char word[64];
  int n = 2 + (int) (h % 2);
  size_t len = 0;
  for (int k = 0; k < n; k++)
    {
      h = mix (h);
      len += (size_t) snprintf (word + len, sizeof word - len, "%s",
                                en_syll[h % (sizeof en_syll / sizeof *en_syll)]);
    }
  word[0] = (char) (word[0] - 'a' + 'A');
  snprintf (buf, size, "%s %s %u", word, ekind_en[e->kind], e->serial);
}

static void
entity_name_zh (char *buf, size_t size, uint32_t i)
{
  uint64_t h = mix ((i + 1) * 7919ULL);
  const Entity *e = &ents[i];
  size_t len = 0;
  int n = 2 + (int) (h % 3);
  for (int k = 0; k < n; k++)
    {
      h = mix (h);
      len += (size_t) snprintf (buf + len, size - len, "%s",
                                zh_chars[h % (sizeof zh_chars / sizeof *zh_chars)]);
    }
  snprintf (buf + len, size - len, "%s%u", ekind_zh[e->kind], e->serial);
}

/* ---- output helpers ------------------------------------------------------ */

static void
put_field (FILE *f, const char *s)
{
  if (!strpbrk (s, ",\"\n\r"))
    {
      fputs (s, f);
      return;
    }
  putc ('"', f);
  for (; *s; s++)
    {
      if (*s == '"')
        putc ('"', f);
      putc (*s, f);
    }
  putc ('"', f);
}

static FILE *
open_out (const char *dir, const char *name, char **bufp)
{
  char path[4096];
  snprintf (path, sizeof path, "%s/%s", dir, name);
  FILE *f = fopen (path, "w");
  if (!f)
    {
      fprintf (stderr, "gen: %s: %s\n", path, strerror (errno));
      exit (1);
    }
  *bufp = malloc (1 << 20);
  setvbuf (f, *bufp, _IOFBF, 1 << 20);
  return f;
}

static void
close_out (FILE *f, char *buf)
{
  if (fclose (f) != 0)
    {
      fprintf (stderr, "gen: write failed: %s\n", strerror (errno));
      exit (1);
    }
  free (buf);
}

/* ---- Zipf pools ------------------------------------------------------------ */

/* A pool: entities of some kinds, shuffled, drawn with P(rank r) ∝ 1/r^s. */
typedef struct {
  uint32_t *items;
  double *cum;
  uint32_t n;
} Pool;

static void
pool_init (Pool *p, const int *kinds, int n_kinds, double s)
{
  p->n = 0;
  for (int k = 0; k < n_kinds; k++)
    p->n += kind_count[kinds[k]];
  p->items = malloc (sizeof *p->items * (p->n ? p->n : 1));
  p->cum = malloc (sizeof *p->cum * (p->n ? p->n : 1));
  uint32_t j = 0;
  for (int k = 0; k < n_kinds; k++)
    for (uint32_t i = 0; i < kind_count[kinds[k]]; i++)
      p->items[j++] = kind_first[kinds[k]] + i;
  for (uint32_t i = p->n; i > 1; i--)
    {
      uint32_t r = rnd_below (i);
      uint32_t t = p->items[i - 1];
      p->items[i - 1] = p->items[r];
      p->items[r] = t;
    }
  double c = 0;
  for (uint32_t i = 0; i < p->n; i++)
    {
      c += 1.0 / pow ((double) (i + 1), s);
      p->cum[i] = c;
    }
}

static uint32_t
pool_draw (const Pool *p)
{
  double x = rnd_unit () * p->cum[p->n - 1];
  uint32_t lo = 0, hi = p->n - 1;
  while (lo < hi)
    {
      uint32_t mid = (lo + hi) / 2;
      if (p->cum[mid] < x)
        lo = mid + 1;
      else
        hi = mid;
    }
  return p->items[lo];
}

/* ---- relations ------------------------------------------------------------- */

enum {
  R_SIGNED, R_HOSTED, R_ATTENDED, R_FREIGHT, R_MET, R_MEMBER, R_LOCATED, R_LAUNCHED, N_RKINDS
};
static const char *const rkind_name[N_RKINDS] = {
  "signed_agreement", "hosted", "attended", "freight_corridor", "met", "member_of",
  "located_in", "launched",
};
/* Cumulative share in thousandths. */
static const int rkind_cum[N_RKINDS] = { 250, 300, 450, 550, 750, 830, 900, 1000 };
static const char *const rkind_zh[N_RKINDS] = {
  "签署", "主办", "出席", "开通中欧班列至", "会见", "加入", "位于", "启动",
};

static const char *const sectors[] = {
  "trade", "energy", "transport", "digital", "agriculture", "finance", "health",
  "education", "culture", "tourism", "customs", "logistics", "infrastructure",
  "science", "green development",
};
static const char *const sectors_zh[] = {
  "贸易", "能源", "交通", "数字经济", "农业", "金融", "卫生", "教育", "文化", "旅游",
  "海关", "物流", "基础设施", "科技", "绿色发展",
};
static const char *const doc_topics[] = {
  "关于共同推进丝绸之路经济带建设的谅解备忘录",
  "关于深化经贸合作的协定",
  "关于加强基础设施互联互通的合作计划",
  "关于数字经济领域投资合作的谅解备忘录",
  "共建“一带一路”合作规划",
  "关于绿色发展、能源和矿产合作的联合声明",
  "海关检验检疫合作议定书",
  "关于中欧班列运输、通关便利化的合作备忘录",
};

#define N_ELEMS(a) (sizeof (a) / sizeof *(a))

static void
random_date (char *buf, size_t size, int *year_out)
{
  /* More activity in later years: triangular over 2013..2025. */
  int year = 2013 + (int) (13.0 * sqrt (rnd_unit ()));
  if (year > 2025)
    year = 2025;
  int month = 1 + (int) rnd_below (12);
  int day = 1 + (int) rnd_below (28);
  uint32_t p = rnd_below (100);
  if (p < 8)
    snprintf (buf, size, "%d", year);
  else if (p < 25)
    snprintf (buf, size, "%d-%02d", year, month);
  else
    snprintf (buf, size, "%d-%02d-%02d", year, month, day);
  *year_out = year;
}

int
main (int argc, char **argv)
{
  uint64_t seed = 20130907; /* the day the Silk Road Economic Belt was proposed */
  int a = 1;
  if (a + 1 < argc && strcmp (argv[a], "--seed") == 0)
    {
      seed = strtoull (argv[a + 1], NULL, 10);
      a += 2;
    }
  uint64_t ne, nr;
  const char *dir;
  if (argc - a == 2)
    {
      const char *size = argv[a];
      if (!strcmp (size, "S"))
        ne = 1000, nr = 10000;
      else if (!strcmp (size, "M"))
        ne = 100000, nr = 1000000;
      else if (!strcmp (size, "L"))
        ne = 1000000, nr = 10000000;
      else
        {
          fprintf (stderr, "gen: unknown size '%s', expected S, M or L\n", size);
          return 2;
        }
      dir = argv[a + 1];
    }
  else if (argc - a == 3)
    {
      ne = strtoull (argv[a], NULL, 10);
      nr = strtoull (argv[a + 1], NULL, 10);
      dir = argv[a + 2];
      if (ne < 200)
        {
          fprintf (stderr, "gen: at least 200 entities\n");
          return 2;
        }
    }
  else
    {
      fprintf (stderr, "usage: gen [--seed N] S|M|L OUTDIR\n"
                       "       gen [--seed N] ENTITIES RELATIONS OUTDIR\n");
      return 2;
    }
  if (mkdir (dir, 0777) != 0 && errno != EEXIST)
    {
      fprintf (stderr, "gen: %s: %s\n", dir, strerror (errno));
      return 1;
    }
  rng_state = seed;

  /* Entities, kind by kind (parents come before their children). */
  n_ents = (uint32_t) ne;
  ents = calloc (n_ents, sizeof *ents);
  uint32_t at = 0;
  for (int k = 0; k < N_EKINDS; k++)
    {
      uint32_t c = (uint32_t) ((uint64_t) n_ents * ekind_share[k] / 1000);
      if (k == N_EKINDS - 1)
        c = n_ents - at;
      if (c == 0)
        c = 1;
      kind_first[k] = at;
      kind_count[k] = c;
      for (uint32_t i = 0; i < c; i++, at++)
        {
          ents[at].kind = (uint8_t) k;
          ents[at].serial = i + 1;
        }
    }
  for (uint32_t i = 0; i < n_ents; i++)
    {
      Entity *e = &ents[i];
      uint32_t country = kind_first[K_COUNTRY] + rnd_below (kind_count[K_COUNTRY]);
      switch (e->kind)
        {
        case K_PROVINCE:
        case K_MINISTRY:
        case K_PORT:
          e->parent = country + 1;
          break;
        case K_CITY:
          e->parent = (rnd_below (2) ? kind_first[K_PROVINCE] + rnd_below (kind_count[K_PROVINCE])
                                     : country) + 1;
          break;
        case K_ENTERPRISE:
          if (rnd_below (3) == 0)
            e->parent = country + 1;
          break;
        default:
          break;
        }
    }

  char *buf;
  char id[64], pid[64], en[128], zh[128], zh2[128];
  FILE *f = open_out (dir, "entities.csv", &buf);
  fputs ("id,kind,name,name_zh,aliases,code,parent\n", f);
  for (uint32_t i = 0; i < n_ents; i++)
    {
      Entity *e = &ents[i];
      entity_id (id, sizeof id, i);
      entity_name_en (en, sizeof en, i);
      entity_name_zh (zh, sizeof zh, i);
      fprintf (f, "%s,%s,", id, ekind_name[e->kind]);
      put_field (f, en);
      putc (',', f);
      fputs (zh, f);
      putc (',', f);
      uint64_t h = mix (i * 31ULL + 5);
      if (h % 4 == 0)
        {
          /* A Traditional-looking variant and a short English form. */
          fprintf (f, "%s舊稱|%.*s %u", zh, 3, en, e->serial);
        }
      putc (',', f);
      if (e->kind == K_COUNTRY)
        fprintf (f, "X%c%u", 'A' + (int) (e->serial % 26), e->serial);
      else if (e->kind == K_PROVINCE)
        fprintf (f, "CN-P%u", e->serial);
      putc (',', f);
      if (e->parent)
        {
          entity_id (pid, sizeof pid, e->parent - 1);
          fputs (pid, f);
        }
      putc ('\n', f);
    }
  close_out (f, buf);

  /* Sources. */
  uint32_t n_sources = (uint32_t) (nr / 1000 > 20 ? nr / 1000 : 20);
  f = open_out (dir, "sources.csv", &buf);
  fputs ("id,title,publisher,date,url,language\n", f);
  for (uint32_t i = 0; i < n_sources; i++)
    {
      int year;
      char date[32];
      random_date (date, sizeof date, &year);
      fprintf (f, "src:b%u,\"“一带一路”建设动态, 第%u期\",推进“一带一路”建设工作领导小组办公室,%s,"
               "https://www.yidaiyilu.gov.cn/bulletin/%u.html,zh\n", i + 1, i + 1, date, i + 1);
    }
  close_out (f, buf);

  /* Pools: actors sign and meet; forums are hosted and attended; ... */
  static const int actors[] = { K_COUNTRY, K_PROVINCE, K_CITY, K_MINISTRY, K_ENTERPRISE,
                                K_ORGANIZATION, K_INSTITUTION };
  static const int states[] = { K_COUNTRY, K_PROVINCE, K_CITY, K_MINISTRY };
  static const int forums[] = { K_FORUM };
  static const int mechs[] = { K_MECHANISM, K_ORGANIZATION };
  static const int cities[] = { K_CITY };
  static const int ports[] = { K_PORT };
  static const int things[] = { K_PORT, K_DOCUMENT, K_FORUM, K_MECHANISM };
  Pool p_actor, p_state, p_forum, p_mech, p_city, p_port, p_thing;
  pool_init (&p_actor, actors, N_ELEMS (actors), 0.9);
  pool_init (&p_state, states, N_ELEMS (states), 1.0);
  pool_init (&p_forum, forums, N_ELEMS (forums), 0.8);
  pool_init (&p_mech, mechs, N_ELEMS (mechs), 0.8);
  pool_init (&p_city, cities, N_ELEMS (cities), 1.0);
  pool_init (&p_port, ports, N_ELEMS (ports), 1.0);
  pool_init (&p_thing, things, N_ELEMS (things), 0.7);

  f = open_out (dir, "relations.csv", &buf);
  fputs ("kind,from,to,date,end_date,title,sector,via,event,weight,source,evidence,confidence\n", f);
  char date[32], end_date[32], title[256], event[64], evidence[512];
  for (uint64_t r = 0; r < nr; r++)
    {
      uint32_t x = rnd_below (1000);
      int k = 0;
      while (x >= (uint32_t) rkind_cum[k])
        k++;
      uint32_t from, to, via = 0;
    redraw:
      switch (k)
        {
        case R_SIGNED:
        case R_MET:
          from = pool_draw (&p_actor);
          do
            to = pool_draw (&p_actor);
          while (to == from);
          break;
        case R_HOSTED:
          from = pool_draw (&p_state);
          to = pool_draw (&p_forum);
          break;
        case R_ATTENDED:
          from = pool_draw (&p_actor);
          to = rnd_below (2) ? pool_draw (&p_forum) : pool_draw (&p_mech);
          break;
        case R_FREIGHT:
          from = pool_draw (&p_city);
          do
            to = pool_draw (&p_city);
          while (to == from);
          via = pool_draw (&p_port) + 1;
          break;
        case R_MEMBER:
          from = pool_draw (&p_state);
          to = pool_draw (&p_mech);
          break;
        case R_LOCATED:
          do
            from = pool_draw (&p_actor);
          while (!ents[from].parent);
          to = ents[from].parent - 1;
          break;
        default: /* R_LAUNCHED */
          from = pool_draw (&p_actor);
          to = pool_draw (&p_thing);
          break;
        }
      if (from == to) /* organizations are both actors and mechanisms */
        goto redraw;
      int year;
      random_date (date, sizeof date, &year);
      end_date[0] = '\0';
      if (k == R_FREIGHT && rnd_below (10) == 0)
        snprintf (end_date, sizeof end_date, "%d", year + 1 + (int) rnd_below (3));
      title[0] = '\0';
      const char *topic = doc_topics[rnd_below (N_ELEMS (doc_topics))];
      if (k == R_SIGNED && rnd_below (10) < 7)
        snprintf (title, sizeof title, "《%s》", topic);
      uint32_t si = rnd_below (N_ELEMS (sectors));
      const char *sector = rnd_below (10) < 8 ? sectors[si] : "";
      event[0] = '\0';
      if ((k == R_SIGNED || k == R_MET || k == R_ATTENDED) && rnd_below (10) < 4)
        snprintf (event, sizeof event, "ev:%d-%u", year, rnd_below ((uint32_t) (nr / 20 + 10)));
      uint32_t src = rnd_below (n_sources) + 1;

      /* Evidence: a Chinese sentence of 60–150 bytes naming both ends. */
      entity_name_zh (zh, sizeof zh, from);
      entity_name_zh (zh2, sizeof zh2, to);
      uint32_t form = rnd_below (4);
      if (k == R_SIGNED)
        snprintf (evidence, sizeof evidence, "%d年，%s与%s签署《%s》%s。", year, zh, zh2,
                  topic, form == 0 ? ", 双方同意深化务实合作" : "");
      else if (k == R_FREIGHT)
        {
          entity_name_zh (zh + 64, 64, via - 1);
          snprintf (evidence, sizeof evidence, "%s开往%s的中欧班列经%s出境，全程约%u天%s。",
                    zh, zh2, zh + 64, 10 + rnd_below (10),
                    form == 0 ? ", 运输货物包括电子产品和汽车配件" : "");
        }
      else
        snprintf (evidence, sizeof evidence, "%d年%s，%s%s%s，双方就%s领域合作%s。", year,
                  form == 1 ? "上半年" : "", zh, rkind_zh[k], zh2, sectors_zh[si],
                  form == 2 ? "交换了\"意见\"" : "深入交换意见");

      entity_id (id, sizeof id, from);
      entity_id (pid, sizeof pid, to);
      fprintf (f, "%s,%s,%s,%s,%s,", rkind_name[k], id, pid, date, end_date);
      put_field (f, title);
      fprintf (f, ",%s,", sector);
      if (via)
        {
          entity_id (id, sizeof id, via - 1);
          fputs (id, f);
        }
      fprintf (f, ",%s,", event);
      if (rnd_below (5) == 0)
        fprintf (f, "%u.%u", 1 + rnd_below (5), rnd_below (10));
      fprintf (f, ",src:b%u,", src);
      put_field (f, evidence);
      putc (',', f);
      if (rnd_below (2) == 0)
        fprintf (f, "0.%u", 5 + rnd_below (5));
      putc ('\n', f);
    }
  close_out (f, buf);
  free (ents);
  return 0;
}
