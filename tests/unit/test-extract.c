/* tests/unit/test-extract.c — extraction (bri/extract.h) on sentences
 * written for the tests (tests/data/extract/), not taken from the
 * bulletins: each rule family, dates, short forms, candidates, both
 * scripts, and the errors. */
#include <criterion/criterion.h>
#include <glib/gstdio.h>
#include <bri/bri.h>

static BriGraph *graph;
static BriExtractor *ex;

static void
setup (void)
{
  const char *data = g_getenv ("BRI_DATA");
  cr_assert (data, "BRI_DATA is set by the test environment");
  g_autofree char *gaz = g_build_filename (data, "gazetteer", NULL);
  g_autofree char *bri = g_build_filename (data, "bri", NULL);
  g_autofree char *rules = g_build_filename (data, "rules", "extract-rules.csv", NULL);
  const char *dirs[] = { gaz, bri, NULL };
  GError *error = NULL;
  graph = bri_graph_new_from_dirs (dirs, &error);
  cr_assert (graph, "%s", error ? error->message : "");
  ex = bri_extractor_new (graph, rules, &error);
  cr_assert (ex, "%s", error ? error->message : "");
}

static void
teardown (void)
{
  bri_extractor_free (ex);
  bri_graph_unref (graph);
}

TestSuite (extract, .init = setup, .fini = teardown);

static BriDate
d (const char *s)
{
  BriDate out = BRI_DATE_UNSET;
  cr_assert (bri_date_parse (s, &out, NULL));
  return out;
}

static BriExtractResult *
run (const char *text, const char *doc_date)
{
  GError *error = NULL;
  BriExtractResult *r = bri_extract_text (ex, text, -1, doc_date ? d (doc_date) : BRI_DATE_UNSET,
                                          "test", &error);
  cr_assert (r, "%s", error ? error->message : "");
  return r;
}

/* The relation of @kind between @a and @b (either order), or NULL. */
static const BriRelation *
find (const BriExtractResult *r, const char *kind, const char *a, const char *b)
{
  for (guint i = 0; i < bri_extract_result_get_n_relations (r); i++)
    {
      const BriRelation *x = bri_extract_result_get_relation (r, i);
      if (!g_str_equal (bri_relation_get_kind (x), kind))
        continue;
      const char *f = bri_relation_get_from_id (x), *t = bri_relation_get_to_id (x);
      if ((g_str_equal (f, a) && g_str_equal (t, b)) || (g_str_equal (f, b) && g_str_equal (t, a)))
        return x;
    }
  return NULL;
}

static char *
date_str (BriDate date)
{
  return bri_date_to_string (date);
}

Test (extract, empty_input_gives_nothing)
{
  g_autoptr (BriExtractResult) r = run ("", "2024-06");
  cr_assert_eq (bri_extract_result_get_n_relations (r), 0);
  cr_assert_eq (bri_extract_result_get_n_candidates (r), 0);
}

Test (extract, invalid_utf8_is_a_parse_error)
{
  GError *error = NULL;
  BriExtractResult *r = bri_extract_text (ex, "6月1日\xff\xfe", -1, BRI_DATE_UNSET, NULL, &error);
  cr_assert_null (r);
  cr_assert (g_error_matches (error, BRI_ERROR, BRI_ERROR_PARSE));
  cr_assert (g_str_has_prefix (error->message, "<text>:1:5: invalid UTF-8"), "%s", error->message);
  g_error_free (error);
}

Test (extract, binary_input_is_a_parse_error)
{
  GError *error = NULL;
  const char bin[] = "ab\x01\x02" "cd";
  BriExtractResult *r = bri_extract_text (ex, bin, sizeof bin - 1, BRI_DATE_UNSET, NULL, &error);
  cr_assert_null (r);
  cr_assert (g_error_matches (error, BRI_ERROR, BRI_ERROR_PARSE));
  g_error_free (error);
}

Test (extract, signing_with_title_and_full_date)
{
  g_autoptr (BriExtractResult) r =
    run ("2024年3月5日,河北省与哈萨克斯坦签署《经贸合作谅解备忘录》。", NULL);
  const BriRelation *x = find (r, "signed_agreement", "province:CN-HE", "country:KZ");
  cr_assert (x);
  g_autofree char *ds = date_str (bri_relation_get_date (x));
  cr_assert_str_eq (ds, "2024-03-05");
  cr_assert_str_eq (bri_relation_get_attribute (x, "rule"), "sign-with");
  cr_assert_str_eq (bri_relation_get_evidence (x),
                    "2024年3月5日,河北省与哈萨克斯坦签署《经贸合作谅解备忘录》。");
}

Test (extract, signing_parties_named_in_titles)
{
  g_autoptr (BriExtractResult) r =
    run ("5月8日,两省代表团签署了《湖北省与老挝科技合作协议》《甘肃省与哈萨克斯坦人文交流计划》。", "2025-05");
  cr_assert (find (r, "signed_agreement", "province:CN-HB", "country:LA"));
  cr_assert (find (r, "signed_agreement", "province:CN-GS", "country:KZ"));
}

Test (extract, hosting_by_venue_with_year_from_document)
{
  g_autoptr (BriExtractResult) r = run ("5月10日,第八届中国—亚欧博览会在乌鲁木齐开幕。", "2025-05");
  const BriRelation *x = find (r, "hosted", "city:urumqi", "forum:china-eurasia-expo-8");
  cr_assert (x);
  /* The event is located in its venue (located-venue). */
  const BriRelation *l = find (r, "located_in", "forum:china-eurasia-expo-8", "city:urumqi");
  cr_assert (l);
  cr_assert_str_eq (bri_relation_get_from_id (l), "forum:china-eurasia-expo-8");
  cr_assert_str_eq (bri_relation_get_from_id (x), "city:urumqi");
  g_autofree char *ds = date_str (bri_relation_get_date (x));
  cr_assert_str_eq (ds, "2025-05-10");
}

Test (extract, hosting_organiser_and_span)
{
  g_autoptr (BriExtractResult) r =
    run ("3月25日至27日,由河北省商务厅主办的第八届中国—亚欧博览会举行。", "2026-03");
  const BriRelation *x = find (r, "hosted", "ministry:cn-hebei-commerce", "forum:china-eurasia-expo-8");
  cr_assert (x);
  g_autofree char *a = date_str (bri_relation_get_date (x));
  g_autofree char *b = date_str (bri_relation_get_end_date (x));
  cr_assert_str_eq (a, "2026-03-25");
  cr_assert_str_eq (b, "2026-03-27");
}

Test (extract, freight_corridor_with_border_port)
{
  g_autoptr (BriExtractResult) r =
    run ("7月2日,满载汽车配件的重庆—阿拉木图班列从重庆发出,经霍尔果斯口岸出境,抵达阿拉木图。", "2025-07");
  const BriRelation *x = find (r, "freight_corridor", "province:CN-CQ", "city:almaty");
  cr_assert (x);
  cr_assert_str_eq (bri_relation_get_from_id (x), "province:CN-CQ");
  cr_assert_str_eq (bri_relation_get_via_id (x), "port:khorgos");
}

Test (extract, freight_from_and_to)
{
  g_autoptr (BriExtractResult) r = run ("9月初,一列货车从西宁出发,经霍尔果斯口岸发往哈萨克斯坦。", "2025-09");
  const BriRelation *x = find (r, "freight_corridor", "city:xining", "country:KZ");
  cr_assert (x);
  g_autofree char *ds = date_str (bri_relation_get_date (x));
  cr_assert_str_eq (ds, "2025-09");
}

Test (extract, talks_and_short_form_resolved_from_the_event)
{
  g_autoptr (BriExtractResult) r =
    run ("6月5日,工业和信息化部与老挝工业部门负责人在京举行会谈。\n"
         "会议期间,中方还与盧旺達代表就数字合作交换意见。", "2024-06");
  cr_assert (find (r, "met", "ministry:cn-miit", "country:LA"));
  /* 中方 is MIIT here: the sentence states no new date, so it continues the event. */
  cr_assert (find (r, "met", "ministry:cn-miit", "country:RW"));
  cr_assert_null (find (r, "met", "country:CN", "country:RW"));
}

Test (extract, short_form_stays_the_country_in_a_new_event)
{
  g_autoptr (BriExtractResult) r =
    run ("6月5日,工业和信息化部与老挝有关部门举行会谈;6月9日,中方与柬埔寨签署合作文件。", "2024-06");
  cr_assert (find (r, "signed_agreement", "country:CN", "country:KH"));
}

Test (extract, visit_lists_and_inner_places)
{
  g_autoptr (BriExtractResult) r = run ("今年3月,中国新疆代表团出访哈萨克斯坦、吉尔吉斯斯坦。", "2023-10-24");
  const BriRelation *x = find (r, "met", "province:CN-XJ", "country:KZ");
  cr_assert (x);
  cr_assert (find (r, "met", "province:CN-XJ", "country:KG"));
  g_autofree char *ds = date_str (bri_relation_get_date (x));
  cr_assert_str_eq (ds, "2023-03");
}

Test (extract, dates_month_parts_and_this_month)
{
  g_autoptr (BriExtractResult) r =
    run ("9月中旬,河北省与老挝签署合作协议。本月,湖北省与越南签署合作协议。", "2025-09");
  const BriRelation *x = find (r, "signed_agreement", "province:CN-HE", "country:LA");
  const BriRelation *y = find (r, "signed_agreement", "province:CN-HB", "country:VN");
  cr_assert (x && y);
  g_autofree char *a = date_str (bri_relation_get_date (x));
  g_autofree char *b = date_str (bri_relation_get_date (y));
  cr_assert_str_eq (a, "2025-09");
  cr_assert_str_eq (b, "2025-09");
}

Test (extract, unknown_entity_like_names_are_candidates)
{
  /* 星辰港 is marked as a port, but no relation needs it. */
  g_autoptr (BriExtractResult) r = run ("6月9日,星辰港迎来月光部客人。", "2024-06");
  guint seen = 0;
  for (guint i = 0; i < bri_extract_result_get_n_candidates (r); i++)
    if (g_str_equal (bri_extract_result_get_candidate_name (r, i), "星辰港"))
      {
        seen++;
        cr_assert_str_eq (bri_extract_result_get_candidate_sentence (r, i),
                          "6月9日,星辰港迎来月光部客人。");
        cr_assert_str_eq (bri_extract_result_get_candidate_reason (r, i),
                          "marked name that no relation needed");
      }
  cr_assert_eq (seen, 1);
  cr_assert_eq (bri_extract_result_get_n_entities (r), 0);
}

Test (extract, a_marked_name_becomes_a_proposed_entity)
{
  /* Written for the test: a port and a city the data set lacks. */
  g_autoptr (BriExtractResult) r =
    run ("6月9日,河北省与星辰港签署合作协议。\n6月12日,一列货车从星河市开往阿拉木图。", "2024-06");
  cr_assert (find (r, "signed_agreement", "province:CN-HE", "port:星辰港"));
  cr_assert (find (r, "freight_corridor", "city:星河", "city:almaty"));
  cr_assert_eq (bri_extract_result_get_n_entities (r), 2);
  const BriEntity *e = bri_extract_result_get_entity (r, 1);
  cr_assert_str_eq (bri_entity_get_id (e), "city:星河");
  cr_assert_str_eq (bri_entity_get_kind (e), "city");
  cr_assert_str_eq (bri_entity_get_name_zh (e), "星河");
  cr_assert_str_eq (bri_entity_get_alias (e, 0), "星河市");
}

Test (extract, the_id_rule_is_stable_across_scripts_and_collisions_are_reported)
{
  /* The same name in Traditional gives the same id. */
  g_autoptr (BriExtractResult) r = run ("6月9日,河北省與星辰港簽署合作協議。", "2024-06");
  cr_assert (find (r, "signed_agreement", "province:CN-HE", "port:星辰港"));
  const BriEntity *e = bri_extract_result_get_entity (r, 0);
  cr_assert_str_eq (bri_entity_get_name_zh (e), "星辰港");
  /* city:乌鲁木齐 is no id of the data set (city:urumqi is): 乌鲁木齐 is
   * known and matched, so only a marked name unknown to the data set is
   * proposed; an id taken by another entity is a candidate. */
  g_autoptr (BriExtractResult) s = run ("6月9日,河北省与霍尔果斯国际港签署协议。", "2024-06");
  for (guint i = 0; i < bri_extract_result_get_n_entities (s); i++)
    cr_assert (!g_str_has_prefix (bri_entity_get_id (bri_extract_result_get_entity (s, i)), "port:霍尔果斯"),
               "a known name is not proposed");
}

Test (extract, a_numbered_event_in_a_city_is_proposed_and_hosted)
{
  g_autoptr (BriExtractResult) r =
    run ("## 简讯\n9月3日,第5届星河文化旅游博览会在乌鲁木齐开幕。", "2024-09");
  cr_assert (find (r, "hosted", "city:urumqi", "forum:第5届星河文化旅游博览会"));
}

/* Hosting as news also reports it: 于 for 在, a closing (闭幕, 落下帷幕),
 * the place as the subject (P举行F) or before the event (在P举行的F). An edition opened and closed in
 * one text is hosted once, on its first date. */
Test (extract, hosting_by_closing_by_yu_and_by_a_place_subject)
{
  g_autoptr (BriExtractResult) r =
    run ("9月3日,第5届星河文化旅游博览会于乌鲁木齐开幕。9月8日,第5届星河文化旅游博览会在乌鲁木齐闭幕。\n"
         "10月20日,第3届星河数字经济论坛在昆明落下帷幕。\n"
         "8月2日,昆明举行第2届星河茶业博览会。\n"
         "5月6日,星河集团负责人在南宁举行的第7届星河南亚博览会上致辞。", "2024-10");
  const BriRelation *x = find (r, "hosted", "city:urumqi", "forum:第5届星河文化旅游博览会");
  cr_assert (x);
  g_autofree char *dx = date_str (bri_relation_get_date (x));
  cr_expect_str_eq (dx, "2024-09-03");
  cr_assert (find (r, "hosted", "city:kunming", "forum:第3届星河数字经济论坛"));
  cr_assert (find (r, "hosted", "city:kunming", "forum:第2届星河茶业博览会"));
  cr_assert (find (r, "hosted", "city:nanning", "forum:第7届星河南亚博览会"));
  cr_expect_eq (bri_extract_result_get_n_relations (r), 4);
}

Test (extract, a_quoted_forum_name_is_proposed)
{
  g_autoptr (BriExtractResult) r =
    run ("由河北省商务厅主办的“星河数字经济论坛”今天在乌鲁木齐举行。", "2024-09-03");
  cr_assert (find (r, "hosted", "ministry:cn-hebei-commerce", "forum:星河数字经济论坛"));
  cr_assert (find (r, "hosted", "city:urumqi", "forum:星河数字经济论坛"));
}

static GPtrArray *
keys_of (const char *file)
{
  g_autofree char *path = g_build_filename (g_getenv ("BRI_TEST_DATA"), "extract", file, NULL);
  GError *error = NULL;
  BriExtractResult *r = bri_extract_file (ex, path, d ("2025-06"), "t", &error);
  cr_assert (r, "%s", error ? error->message : "");
  GPtrArray *keys = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < bri_extract_result_get_n_relations (r); i++)
    {
      const BriRelation *x = bri_extract_result_get_relation (r, i);
      char buf[BRI_DATE_STRLEN];
      g_ptr_array_add (keys, g_strdup_printf ("%s %s %s %s %s", bri_relation_get_kind (x),
                                              bri_relation_get_from_id (x),
                                              bri_relation_get_to_id (x),
                                              bri_date_format (bri_relation_get_date (x), buf),
                                              bri_relation_get_attribute (x, "rule")));
    }
  bri_extract_result_free (r);
  return keys;
}

Test (extract, traditional_and_simplified_give_the_same_relations)
{
  g_autoptr (GPtrArray) s = keys_of ("sentences-zh-hans.txt");
  g_autoptr (GPtrArray) t = keys_of ("sentences-zh-hant.txt");
  cr_assert_geq (s->len, 4);
  cr_assert_eq (s->len, t->len);
  for (guint i = 0; i < s->len; i++)
    cr_assert_str_eq (s->pdata[i], t->pdata[i]);
}

Test (extract, evidence_keeps_the_original_script)
{
  g_autoptr (BriExtractResult) r = run ("5月10日,第八屆中國—亞歐博覽會在烏魯木齊開幕。", "2025-05");
  const BriRelation *x = find (r, "hosted", "city:urumqi", "forum:china-eurasia-expo-8");
  cr_assert (x);
  cr_assert_str_eq (bri_relation_get_evidence (x), "5月10日,第八屆中國—亞歐博覽會在烏魯木齊開幕。");
}

Test (extract, bad_rules_table_is_reported_with_location)
{
  g_autofree char *dir = g_dir_make_tmp ("bri-rules-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "rules.csv", NULL);
  cr_assert (g_file_set_contents (path,
    "id,kind,scope,pattern,from,to,confidence\n"
    "r1,signing,clause,{a}与{b}签署,a,b,1\n", -1, NULL));
  GError *error = NULL;
  BriExtractor *bad = bri_extractor_new (graph, path, &error);
  cr_assert_null (bad);
  cr_assert (g_error_matches (error, BRI_ERROR, BRI_ERROR_INVALID));
  cr_assert (strstr (error->message, "rules.csv:2:4: unknown relation kind 'signing'"),
             "%s", error->message);
  g_error_free (error);
  g_unlink (path);
  g_rmdir (dir);
}

Test (extract, save_writes_both_files)
{
  g_autoptr (BriExtractResult) r = run ("5月10日,第八届中国—亚欧博览会在乌鲁木齐开幕。", "2025-05");
  g_autofree char *dir = g_dir_make_tmp ("bri-extract-XXXXXX", NULL);
  GError *error = NULL;
  cr_assert (bri_extract_result_save (r, dir, &error));
  g_autofree char *rel = g_build_filename (dir, "relations.csv", NULL);
  g_autofree char *cand = g_build_filename (dir, "candidates.csv", NULL);
  g_autofree char *text = NULL;
  cr_assert (g_file_get_contents (rel, &text, NULL, NULL));
  cr_assert (g_str_has_prefix (text, "kind,from,to,date,end_date,title,sector,via,event,weight,source,evidence,confidence,rule\n"));
  cr_assert (strstr (text, "hosted,city:urumqi,forum:china-eurasia-expo-8,2025-05-10"));
  g_unlink (rel);
  g_unlink (cand);
  g_rmdir (dir);
}

/* Rules of scope name read the names inside an event's name. The
 * entities are invented (tests/data/extract/names/). */
static BriExtractResult *
run_names (const char *text, const char *doc_date)
{
  const char *data = g_getenv ("BRI_DATA");
  g_autofree char *gaz = g_build_filename (data, "gazetteer", NULL);
  g_autofree char *bri = g_build_filename (data, "bri", NULL);
  g_autofree char *names = g_build_filename (g_getenv ("BRI_TEST_DATA"), "extract", "names", NULL);
  g_autofree char *rules = g_build_filename (data, "rules", "extract-rules.csv", NULL);
  const char *dirs[] = { gaz, bri, names, NULL };
  GError *error = NULL;
  g_autoptr (BriGraph) g = bri_graph_new_from_dirs (dirs, &error);
  cr_assert (g, "%s", error ? error->message : "");
  g_autoptr (BriExtractor) x = bri_extractor_new (g, rules, &error);
  cr_assert (x, "%s", error ? error->message : "");
  BriExtractResult *r = bri_extract_text (x, text, -1, d (doc_date), "test", &error);
  cr_assert (r, "%s", error ? error->message : "");
  return r;
}

Test (extract, event_name_opening_with_a_place_is_hosted_there)
{
  g_autoptr (BriExtractResult) r = run_names ("8月16日,第5届昆明南亚周闭幕。", "2025-08");
  const BriRelation *x = find (r, "hosted", "city:kunming", "forum:test-kunming-week-5");
  cr_assert (x);
  cr_assert_str_eq (bri_relation_get_attribute (x, "rule"), "host-name-venue");
  /* A place after the owner: 上合组织青岛峰会 is hosted by Qingdao, not by the SCO. */
  g_autoptr (BriExtractResult) s = run_names ("6月9日,上合组织青岛峰会期间,两国元首举行会谈。", "2018-06");
  cr_assert (find (s, "hosted", "city:qingdao", "forum:test-sco-qingdao-summit"));
  cr_assert_null (find (s, "hosted", "mechanism:sco", "forum:test-sco-qingdao-summit"));
}

Test (extract, event_name_opening_with_its_owner_is_hosted_by_it)
{
  g_autoptr (BriExtractResult) r = run_names ("5月2日,亚洲开发银行第五十七届年会开幕。", "2024-05");
  const BriRelation *x = find (r, "hosted", "organization:adb", "forum:test-adb-annual-meeting-57");
  cr_assert (x);
  cr_assert_str_eq (bri_relation_get_attribute (x, "rule"), "host-name-owner");
  /* A numbered session of a mechanism's members is not hosted by the mechanism. */
  g_autoptr (BriExtractResult) s =
    run ("1月10日,澜沧江-湄公河合作第四次领导人会议举行。", "2024-01");
  cr_assert_null (find (s, "hosted", "mechanism:lmc", "forum:lmc-leaders-meeting-4"));
}

Test (extract, event_name_closed_by_a_place_in_brackets)
{
  g_autoptr (BriExtractResult) r = run_names ("7月3日,2024中国商品交易会(甘肃)开幕。", "2024-07");
  cr_assert (find (r, "hosted", "province:CN-GS", "forum:test-trade-fair-gansu"));
}

Test (extract, train_route_inside_a_ceremony_name)
{
  g_autoptr (BriExtractResult) r =
    run_names ("4月8日,两地代表出席中欧班列(成都—罗兹)开行仪式。", "2024-04");
  const BriRelation *x = find (r, "freight_corridor", "city:chengdu", "city:lodz");
  cr_assert (x);
  cr_assert_str_eq (bri_relation_get_from_id (x), "city:chengdu");
}

Test (extract, a_group_named_by_its_count_is_its_members)
{
  /* 五国 after 中亚国家: the five Central Asian countries. */
  g_autoptr (BriExtractResult) r =
    run ("3月5日,中国—中亚国家经贸部长会议举行。商务部与五国经贸主管部门共同通过了《贸易畅通合作倡议》。", "2024-03");
  cr_assert (find (r, "signed_agreement", "ministry:cn-mofcom", "country:KZ"));
  cr_assert (find (r, "signed_agreement", "ministry:cn-mofcom", "country:TM"));
  /* One document of six signatories: a star from the hub, not a clique. */
  cr_assert_null (find (r, "signed_agreement", "country:KG", "country:UZ"));
  /* 五国 after 澜湄国家 (six with China, here the party of 商务部): China's five partners. */
  g_autoptr (BriExtractResult) s =
    run ("澜湄国家经贸合作会议3月召开。商务部与五国代表签署《贸易便利化合作计划》。", "2024-03");
  cr_assert (find (s, "signed_agreement", "ministry:cn-mofcom", "country:KH"));
  cr_assert_null (find (s, "signed_agreement", "country:LA", "country:VN"));
  cr_assert_null (find (s, "signed_agreement", "ministry:cn-mofcom", "country:CN"));
}

Test (extract, visitor_signs_with_each_host)
{
  g_autoptr (BriExtractResult) r =
    run ("今年5月,甘肃省代表团出访塔吉克斯坦、土库曼斯坦,签署12项经贸合作协议。", "2024-09");
  const BriRelation *x = find (r, "signed_agreement", "province:CN-GS", "country:TJ");
  cr_assert (x);
  cr_assert_str_eq (bri_relation_get_attribute (x, "rule"), "sign-visit");
  cr_assert (find (r, "signed_agreement", "province:CN-GS", "country:TM"));
}

Test (extract, implementing_an_agreement_of_both_sides)
{
  g_autoptr (BriExtractResult) r =
    run ("4月9日,商务部与老挝工贸部举行会谈。中方愿同老方一道,认真落实两部间电子商务合作备忘录。", "2025-04");
  cr_assert (find (r, "signed_agreement", "ministry:cn-mofcom", "country:LA"));
}

Test (extract, goods_sent_from_a_port)
{
  g_autoptr (BriExtractResult) r =
    run ("3月1日,湛江港集装箱码头,一批家电在这里装船运往马来西亚、泰国。", "2025-03");
  cr_assert (find (r, "freight_corridor", "port:zhanjiang", "country:MY"));
  cr_assert (find (r, "freight_corridor", "port:zhanjiang", "country:TH"));
  /* The station of the paragraph, when the sentence names none. */
  g_autoptr (BriExtractResult) s =
    run ("5月3日,红其拉甫口岸新货场启用。新货场每年发往巴基斯坦的货物预计5万吨。", "2025-05");
  const BriRelation *x = find (s, "freight_corridor", "port:khunjerab", "country:PK");
  cr_assert (x);
  cr_assert_str_eq (bri_relation_get_attribute (x, "rule"), "freight-send-elided");
}

Test (extract, routes_named_by_country_compounds)
{
  g_autoptr (BriExtractResult) r =
    run ("6月2日,中哈两国货车经霍尔果斯口岸往来。中蒙俄铁路前期工作推进。中老年游客参加活动。", "2025-06");
  cr_assert (find (r, "freight_corridor", "country:CN", "country:KZ"));
  const BriRelation *back = NULL;
  for (guint i = 0; i < bri_extract_result_get_n_relations (r); i++)
    {
      const BriRelation *x = bri_extract_result_get_relation (r, i);
      if (g_str_equal (bri_relation_get_from_id (x), "country:KZ")
          && g_str_equal (bri_relation_get_to_id (x), "country:CN"))
        back = x;
    }
  cr_assert (back, "a route each way");
  const BriRelation *x = find (r, "freight_corridor", "country:CN", "country:RU");
  cr_assert (x);
  cr_assert_str_eq (bri_relation_get_via_id (x), "country:MN");
  /* 中老年 is no compound: 年 is not a word such compounds qualify. */
  cr_assert_null (find (r, "freight_corridor", "country:CN", "country:LA"));
  cr_assert_null (find (r, "met", "country:CN", "country:LA"));
}

Test (extract, a_summary_of_exchanges_is_no_meeting)
{
  g_autoptr (BriExtractResult) r =
    run ("本月,从甘肃与土耳其的交流,到河北与波兰的合作,地方外事亮点纷呈。", "2025-09");
  cr_assert_null (find (r, "met", "province:CN-GS", "country:TR"));
}

Test (extract, a_photo_caption_dates_only_itself)
{
  g_autoptr (BriExtractResult) r =
    run ("今年3月,甘肃省代表团访问哈萨克斯坦。\n"
         "8月18日,兰州新区的集装箱货场。记者 王某 摄\n"
         "甘肃省代表团还访问了乌兹别克斯坦。", "2023-10");
  const BriRelation *x = find (r, "met", "province:CN-GS", "country:UZ");
  cr_assert (x);
  g_autofree char *ds = date_str (bri_relation_get_date (x));
  cr_assert_str_eq (ds, "2023-03");
}

/* bri_extract_result_compare: new, present (same kind, endpoints and an
 * agreeing date), conflicting (same kind and endpoints, another date). */
Test (extract, compare_with_an_existing_graph)
{
  g_autoptr (BriGraph) g = bri_graph_new ();
  const char *ids[][2] = { { "province:CN-HE", "province" }, { "country:KZ", "country" },
                           { "country:LA", "country" }, { "province:CN-HB", "province" },
                           { "country:VN", "country" } };
  GError *error = NULL;
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    cr_assert (bri_graph_add_entity (g, bri_entity_new (ids[i][0], ids[i][1], ids[i][0]), &error),
               "%s", error ? error->message : "");
  /* Stored in the other order: signed_agreement is undirected. */
  BriRelation *a = bri_relation_new ("signed_agreement", "country:KZ", "province:CN-HE");
  bri_relation_set_date (a, d ("2024-03"));
  bri_relation_set_source (a, "earlier");
  cr_assert (bri_graph_add_relation (g, a, &error), "%s", error ? error->message : "");
  BriRelation *b = bri_relation_new ("signed_agreement", "province:CN-HE", "country:LA");
  bri_relation_set_date (b, d ("2023-11-02"));
  cr_assert (bri_graph_add_relation (g, b, &error), "%s", error ? error->message : "");

  g_autoptr (BriExtractResult) r =
    run ("2024年3月5日,河北省与哈萨克斯坦签署《经贸合作谅解备忘录》。"
         "2024年3月8日,河北省与老挝签署《农业合作协议》。"
         "2024年3月9日,湖北省与越南签署《人文交流计划》。", NULL);
  g_autoptr (BriExtractComparison) cmp = bri_extract_result_compare (r, g);
  cr_assert_eq (bri_extract_comparison_get_n_relations (cmp), bri_extract_result_get_n_relations (r));
  gboolean seen[3] = { FALSE, FALSE, FALSE };
  for (guint i = 0; i < bri_extract_result_get_n_relations (r); i++)
    {
      const BriRelation *x = bri_extract_result_get_relation (r, i);
      const char *to = bri_relation_get_to_id (x), *from = bri_relation_get_from_id (x);
      BriExtractStatus st = bri_extract_comparison_get_status (cmp, i);
      const BriRelation *e = bri_extract_comparison_get_existing (cmp, i);
      if (g_str_equal (from, "country:KZ") || g_str_equal (to, "country:KZ"))
        {
          /* 2024-03-05 agrees with 2024-03. */
          cr_assert_eq (st, BRI_EXTRACT_STATUS_PRESENT);
          cr_assert_str_eq (bri_relation_get_source (e), "earlier");
          seen[0] = TRUE;
        }
      else if (g_str_equal (from, "country:LA") || g_str_equal (to, "country:LA"))
        {
          cr_assert_eq (st, BRI_EXTRACT_STATUS_CONFLICTING);
          g_autofree char *ds = date_str (bri_relation_get_date (e));
          cr_assert_str_eq (ds, "2023-11-02");
          seen[1] = TRUE;
        }
      else
        {
          cr_assert_eq (st, BRI_EXTRACT_STATUS_NEW);
          cr_assert_null (e);
          seen[2] = TRUE;
        }
    }
  cr_assert (seen[0] && seen[1] && seen[2]);
  cr_assert_eq (bri_extract_comparison_count (cmp, BRI_EXTRACT_STATUS_PRESENT), 1);
  cr_assert_eq (bri_extract_comparison_count (cmp, BRI_EXTRACT_STATUS_CONFLICTING), 1);
  cr_assert_str_eq (bri_extract_status_to_string (BRI_EXTRACT_STATUS_CONFLICTING), "conflicting");

  g_autofree char *dir = g_dir_make_tmp ("bri-compare-XXXXXX", NULL);
  cr_assert (bri_extract_comparison_save (cmp, r, dir, &error), "%s", error ? error->message : "");
  g_autofree char *rel = g_build_filename (dir, "relations.csv", NULL);
  g_autofree char *cand = g_build_filename (dir, "candidates.csv", NULL);
  g_autofree char *text = NULL;
  cr_assert (g_file_get_contents (rel, &text, NULL, NULL));
  cr_assert (strstr (text, ",rule,status,existing_date,existing_source\n"));
  cr_assert (strstr (text, ",conflicting,2023-11-02,\n"), "%s", text);
  cr_assert (strstr (text, ",present,2024-03,earlier\n"), "%s", text);
  cr_assert (strstr (text, ",new,,\n"), "%s", text);
  g_unlink (rel);
  g_unlink (cand);
  g_rmdir (dir);
}

Test (extract, launches_proposed_set_up_or_announced)
{
  /* 中方 stays China where the rule wants a country, even inside an event of MOFCOM. */
  g_autoptr (BriExtractResult) r =
    run_names ("3月2日,商务部与越南工贸部举行会谈。中方倡议发起丝路数字联盟,并支持全球发展倡议。", "2025-03");
  const BriRelation *x = find (r, "launched", "country:CN", "organization:test-digital-alliance");
  cr_assert (x);
  cr_assert_str_eq (bri_relation_get_attribute (x, "rule"), "launch-propose");
  cr_assert_null (find (r, "launched", "ministry:cn-mofcom", "organization:test-digital-alliance"));
  g_autoptr (BriExtractResult) s =
    run_names ("5月6日,西海海关牵头组建丝路数字联盟。2024年3月,中国国家主席在大会上宣布支持全球安全倡议的六项举措。", "2024-05");
  const BriRelation *y = find (s, "launched", "organization:cn-xihai-customs", "organization:test-digital-alliance");
  cr_assert (y);
  cr_assert_str_eq (bri_relation_get_attribute (y, "rule"), "launch-setup");
  cr_assert (find (s, "launched", "country:CN", "initiative:gsi"));
}

Test (extract, attendance_elided_during_and_from)
{
  g_autoptr (BriExtractResult) r =
    run_names ("4月2日,甘肃代表团访问哈萨克斯坦,出席第二届丝路运动会开幕式。", "2025-04");
  const BriRelation *x = find (r, "attended", "province:CN-GS", "forum:test-silk-road-games-2");
  cr_assert (x);
  cr_assert_str_eq (bri_relation_get_attribute (x, "rule"), "attend-elided");
  g_autoptr (BriExtractResult) s =
    run_names ("8月9日,第二届丝路运动会期间,甘肃省与世界气象组织代表座谈。", "2025-08");
  cr_assert (find (s, "attended", "province:CN-GS", "forum:test-silk-road-games-2"));
  cr_assert (find (s, "attended", "organization:wmo", "forum:test-silk-road-games-2"));
  /* 来自…参会 and 吸引了来自…: the event is the paragraph's. */
  g_autoptr (BriExtractResult) t =
    run_names ("9月1日,第二届丝路运动会开幕。来自蒙古国、尼泊尔的运动员参赛。本届赛事还吸引了来自法国、瑞士的游客。", "2025-09");
  cr_assert (find (t, "attended", "country:MN", "forum:test-silk-road-games-2"));
  cr_assert (find (t, "attended", "country:NP", "forum:test-silk-road-games-2"));
  const BriRelation *y = find (t, "attended", "country:CH", "forum:test-silk-road-games-2");
  cr_assert (y);
  cr_assert_str_eq (bri_relation_get_attribute (y, "rule"), "attend-drawn");
}

Test (extract, members_named_in_a_mechanism_name)
{
  g_autoptr (BriExtractResult) r = run_names ("6月3日,中哈合作委员会举行第十次会议。", "2025-06");
  const BriRelation *x = find (r, "member_of", "country:CN", "mechanism:test-cn-kz-committee");
  cr_assert (x);
  cr_assert_str_eq (bri_relation_get_to_id (x), "mechanism:test-cn-kz-committee");
  cr_assert (find (r, "member_of", "country:KZ", "mechanism:test-cn-kz-committee"));
}

Test (extract, a_minister_title_names_the_ministry)
{
  /* 哈萨克斯坦副总理兼贸易和一体化部长: 哈萨克斯坦贸易和一体化部, then the
   * next body of Kazakhstan in the list. */
  g_autoptr (BriExtractResult) r =
    run_names ("7月1日,商务部与哈萨克斯坦副总理兼贸易和一体化部长、数字发展部负责人会谈。", "2025-07");
  cr_assert (find (r, "met", "ministry:cn-mofcom", "ministry:test-kz-trade"));
  cr_assert (find (r, "met", "ministry:cn-mofcom", "ministry:test-kz-digital"));
  cr_assert_null (find (r, "met", "ministry:cn-mofcom", "country:KZ"));
}

Test (extract, parties_at_the_head_of_a_signed_quoted_title)
{
  g_autoptr (BriExtractResult) r =
    run ("5月20日,论坛期间签订了“甘肃省农业合作协议”“中国—塔吉克斯坦光伏产业合作备忘录”等协议。", "2025-05");
  const BriRelation *x = find (r, "signed_agreement", "country:CN", "country:TJ");
  cr_assert (x);
  cr_assert_str_eq (bri_relation_get_title (x), "中国—塔吉克斯坦光伏产业合作备忘录");
  /* A quoted X—Y name with no signing is no agreement. */
  g_autoptr (BriExtractResult) s = run ("5月20日,“中国—塔吉克斯坦”文化周开幕。", "2025-05");
  cr_assert_null (find (s, "signed_agreement", "country:CN", "country:TJ"));
  /* Nor a title that opens a sentence (\G at the start of the text). */
  g_autoptr (BriExtractResult) t = run ("《河北省与老挝农业合作协议》解读发表。", "2025-05");
  cr_assert_null (find (t, "signed_agreement", "province:CN-HE", "country:LA"));
}

Test (extract, attendance_of_leaders_speakers_and_invited_guests)
{
  /* Leaders listed with their titles and names, the meeting elided. */
  g_autoptr (BriExtractResult) r =
    run_names ("5月8日,第二届丝路运动会举行。蒙古国总理奥云额尔登、尼泊尔总理奥利出席。", "2025-05");
  const BriRelation *x = find (r, "attended", "country:MN", "forum:test-silk-road-games-2");
  cr_assert (x);
  cr_assert_str_eq (bri_relation_get_attribute (x, "rule"), "attend-leaders");
  cr_assert (find (r, "attended", "country:NP", "forum:test-silk-road-games-2"));
  /* An invited speaker; a speech at the event. */
  g_autoptr (BriExtractResult) s =
    run_names ("6月2日,第二届丝路运动会开幕,邀请商务部相关负责人致辞。"
               "在第二届丝路运动会开幕式上的致辞中,甘肃省负责人介绍了合作成果。", "2025-06");
  cr_assert (find (s, "attended", "ministry:cn-mofcom", "forum:test-silk-road-games-2"));
  const BriRelation *y = find (s, "attended", "province:CN-GS", "forum:test-silk-road-games-2");
  cr_assert (y);
  cr_assert_str_eq (bri_relation_get_attribute (y, "rule"), "attend-speech");
  /* Every party between 来自 and 参会, not only a tight list. */
  g_autoptr (BriExtractResult) t =
    run_names ("7月1日,第二届丝路运动会举行。来自蒙古国的运动员和世界气象组织的官员与商务部代表参会。", "2025-07");
  cr_assert (find (t, "attended", "country:MN", "forum:test-silk-road-games-2"));
  cr_assert (find (t, "attended", "organization:wmo", "forum:test-silk-road-games-2"));
  cr_assert (find (t, "attended", "ministry:cn-mofcom", "forum:test-silk-road-games-2"));
}

Test (extract, launch_with_the_subject_elided)
{
  g_autoptr (BriExtractResult) r =
    run_names ("9月3日,第二届丝路运动会在兰州开幕,揭牌了丝路数字联盟。", "2025-09");
  const BriRelation *x = find (r, "launched", "forum:test-silk-road-games-2", "organization:test-digital-alliance");
  cr_assert (x);
  cr_assert_str_eq (bri_relation_get_from_id (x), "forum:test-silk-road-games-2");
}

Test (extract, participants_adopt_a_document_together)
{
  g_autoptr (BriExtractResult) r =
    run_names ("4月9日,第二届丝路运动会举行。来自蒙古国、尼泊尔的代表和世界气象组织的官员与商务部代表参会,并通过了《兰州倡议》。", "2025-04");
  const BriRelation *x = find (r, "signed_agreement", "country:MN", "country:NP");
  cr_assert (x);
  cr_assert_str_eq (bri_relation_get_title (x), "兰州倡议");
  /* A star from the first party named, never every pair. */
  cr_assert (find (r, "signed_agreement", "country:MN", "ministry:cn-mofcom"));
  cr_assert (find (r, "signed_agreement", "country:MN", "organization:wmo"));
  cr_assert_null (find (r, "signed_agreement", "country:NP", "ministry:cn-mofcom"));
  cr_assert_null (find (r, "signed_agreement", "organization:wmo", "ministry:cn-mofcom"));
}

Test (extract, leaders_listed_with_titles_visit)
{
  g_autoptr (BriExtractResult) r =
    run ("5月3日,蒙古国总统呼日勒苏赫和尼泊尔总理奥利在结束访华行程前,先后到访甘肃省。", "2025-05");
  const BriRelation *x = find (r, "met", "country:NP", "province:CN-GS");
  cr_assert (x);
  g_autofree char *ds = date_str (bri_relation_get_date (x));
  cr_assert_str_eq (ds, "2025-05-03");
  cr_assert (find (r, "met", "country:MN", "province:CN-GS"));
}

Test (extract, bad_scope_and_pairs_are_reported_with_location)
{
  g_autofree char *dir = g_dir_make_tmp ("bri-rules-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "rules.csv", NULL);
  const char *cases[][2] = {
    { "id,kind,scope,pattern,from,to,pairs\nr1,met,word,{a}与{b}会谈,a,b,cross\n",
      "rules.csv:2:8: scope 'word', expected clause, sentence or name" },
    { "id,kind,scope,pattern,from,to,pairs\nr1,met,clause,{a}x{b},a,b,each\n",
      "rules.csv:2:27: pairs 'each', expected cross, star or both" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      cr_assert (g_file_set_contents (path, cases[i][0], -1, NULL));
      GError *error = NULL;
      BriExtractor *bad = bri_extractor_new (graph, path, &error);
      cr_assert_null (bad);
      cr_assert (g_error_matches (error, BRI_ERROR, BRI_ERROR_INVALID));
      cr_assert (strstr (error->message, cases[i][1]), "%s", error->message);
      g_error_free (error);
    }
  g_unlink (path);
  g_rmdir (dir);
}

Test (extract, a_stated_venue_wins_over_the_place_in_the_name)
{
  /* 第5届昆明南亚周 names Kunming, but the sentence says where it was held. */
  g_autoptr (BriExtractResult) r = run_names ("8月16日,第5届昆明南亚周在青岛举行。", "2025-08");
  cr_assert (find (r, "hosted", "city:qingdao", "forum:test-kunming-week-5"));
  cr_assert_null (find (r, "hosted", "city:kunming", "forum:test-kunming-week-5"));
  /* An owner in the name is another role: it still hosts. */
  g_autoptr (BriExtractResult) s = run_names ("5月2日,亚洲开发银行第五十七届年会在昆明开幕。", "2024-05");
  cr_assert (find (s, "hosted", "city:kunming", "forum:test-adb-annual-meeting-57"));
  cr_assert (find (s, "hosted", "organization:adb", "forum:test-adb-annual-meeting-57"));
}

Test (extract, a_fact_mentioned_again_keeps_its_date)
{
  /* The third sentence states no date: it refers back to the visit of
   * 9月2日, not to a second visit in the month of the second sentence. */
  g_autoptr (BriExtractResult) r =
    run ("9月2日,尼泊尔总理奥利到访甘肃省。\n9月上旬,甘肃省代表团访问蒙古国。\n"
         "尼泊尔总理奥利到访甘肃省时表示,愿深化合作。", "2025-09");
  guint n = 0;
  for (guint i = 0; i < bri_extract_result_get_n_relations (r); i++)
    {
      const BriRelation *x = bri_extract_result_get_relation (r, i);
      if (g_str_equal (bri_relation_get_kind (x), "met")
          && (g_str_equal (bri_relation_get_from_id (x), "country:NP")
              || g_str_equal (bri_relation_get_to_id (x), "country:NP")))
        {
          g_autofree char *ds = date_str (bri_relation_get_date (x));
          cr_assert_str_eq (ds, "2025-09-02");
          n++;
        }
    }
  cr_assert_eq (n, 1);
  cr_assert (find (r, "met", "province:CN-GS", "country:MN"));
}

Test (extract, opened_with_no_opener_named_is_launched_by_its_region)
{
  /* 湛江港 lies in Guangdong; 红其拉甫口岸 in Xinjiang. */
  g_autoptr (BriExtractResult) r =
    run ("3月8日,湛江港新码头正式投入运营。4月1日,红其拉甫口岸实现常年开放。", "2025-04");
  const BriRelation *x = find (r, "launched", "province:CN-GD", "port:zhanjiang");
  cr_assert (x);
  cr_assert_str_eq (bri_relation_get_attribute (x, "rule"), "launch-opened");
  cr_assert (find (r, "launched", "province:CN-XJ", "port:khunjerab"));
  /* 的启用 names the opening, it does not report it. */
  g_autoptr (BriExtractResult) s = run ("本月,湛江港的启用带动了外贸。", "2025-04");
  cr_assert_null (find (s, "launched", "province:CN-GD", "port:zhanjiang"));
}

Test (extract, people_named_with_a_title_stand_for_their_country)
{
  /* Written for the test: a foreign leader introduced with country and
   * title, a Chinese leader by title alone, both named again later. */
  g_autoptr (BriExtractResult) r =
    run ("## 简讯\n6月3日,国家主席王明会见老挝总理通达。\n王明同通达举行会谈。", "2024-06");
  cr_assert (find (r, "met", "country:CN", "country:LA"));
  cr_assert_eq (bri_extract_result_get_n_relations (r), 1);
}

/* Sentences written for the tests of issue 18's rules. */

Test (extract, leaders_witnessing_a_signing_are_their_countries_signing)
{
  g_autoptr (BriExtractResult) r =
    run ("## 简讯\n3月2日,国家主席王明在昆明同柬埔寨首相洪亮举行会谈。\n"
         "会谈后,两国领导人共同见证了经贸、农业等领域合作文件的签署。", "2024-03");
  cr_assert (find (r, "signed_agreement", "country:CN", "country:KH"));
  /* 两国 names the countries: Kunming's province is no party. */
  cr_assert_null (find (r, "signed_agreement", "country:KH", "province:CN-YN"));
  cr_assert_null (find (r, "signed_agreement", "country:KH", "city:kunming"));
  /* The venue of the talks is no party to them. */
  cr_assert (find (r, "met", "country:CN", "country:KH"));
  cr_assert_null (find (r, "met", "city:kunming", "country:KH"));
}

Test (extract, the_place_where_an_event_is_attended_hosts_it)
{
  g_autoptr (BriExtractResult) r =
    run ("5月4日,国务院总理赵平在金边出席第9次星河合作领导人会议。", "2024-05");
  cr_assert (find (r, "hosted", "city:phnom-penh", "forum:第9次星河合作领导人会议"));
}

Test (extract, a_train_leaving_one_place_for_another_through_a_port)
{
  g_autoptr (BriExtractResult) r =
    run ("8月1日,一列满载机电产品的班列从郑州星光站开出,经阿拉山口口岸出境,预计12天后抵达德国。", "2024-08");
  const BriRelation *x = find (r, "freight_corridor", "port:郑州星光站", "country:DE");
  cr_assert (x);
  cr_assert_str_eq (bri_relation_get_via_id (x), "port:alashankou");
  cr_assert_eq (bri_extract_result_get_n_entities (r), 1);
  cr_assert_str_eq (bri_entity_get_parent_id (bri_extract_result_get_entity (r, 0)), "city:zhengzhou");
}

Test (extract, a_heading_starts_a_new_story)
{
  /* The second brief states no date: it takes the document's, not the
   * first brief's, and 两国 there has no parties to resolve to. */
  g_autoptr (BriExtractResult) r =
    run ("## 一\n5月3日,河北省与老挝签署合作协议。\n## 二\n**两国**签署了合作文件。", "2024-05-20");
  cr_assert_eq (bri_extract_result_get_n_relations (r), 1);
  cr_assert (find (r, "signed_agreement", "province:CN-HE", "country:LA"));
}

Test (extract, a_visitor_received_and_a_phone_call_are_meetings)
{
  g_autoptr (BriExtractResult) r =
    run ("## 一\n国家主席王明3日在北京会见来华出席第2届星河论坛的老挝总理通达。\n"
         "## 二\n国家主席王明5日同柬埔寨首相洪亮通电话。", "2024-05");
  cr_assert (find (r, "met", "country:LA", "country:CN"));
  cr_assert (find (r, "met", "country:KH", "country:CN"));
  /* Neither the event's place nor the venue met anyone. */
  cr_assert_null (find (r, "met", "country:CN", "province:CN-BJ"));
  cr_assert_null (find (r, "met", "country:LA", "province:CN-BJ"));
}

Test (extract, two_events_named_together_are_each_hosted_by_the_venue)
{
  g_autoptr (BriExtractResult) r =
    run ("9月2日,第3届星河图书奖、第5届银河音乐奖在乌鲁木齐举办颁奖典礼。\n"
         "2024星河智能汽车大会暨展览会今天在乌鲁木齐开幕。", "2024-09-05");
  cr_assert (find (r, "hosted", "city:urumqi", "forum:第3届星河图书奖"));
  cr_assert (find (r, "hosted", "city:urumqi", "forum:第5届银河音乐奖"));
  cr_assert (find (r, "hosted", "city:urumqi", "forum:2024星河智能汽车大会暨展览会"));
}

Test (extract, parties_named_by_their_governments_in_a_signed_title)
{
  g_autoptr (BriExtractResult) r =
    run ("6月1日,双方签署了《河北省人民政府与老挝政府农业合作规划》。", "2024-06");
  const BriRelation *x = find (r, "signed_agreement", "province:CN-HE", "country:LA");
  cr_assert (x);
  cr_assert_str_eq (bri_relation_get_title (x), "河北省人民政府与老挝政府农业合作规划");
}

Test (extract, a_route_named_by_its_start_and_end)
{
  /* A county-level city as the origin; 由 (by) names no origin. */
  g_autoptr (BriExtractResult) r =
    run ("星河班列起点是浙江义乌,终点为哈萨克斯坦阿拉木图,全程五千公里。\n"
         "由中国制造的星河列车日前运抵阿拉木图。", "2024-06");
  cr_assert (find (r, "freight_corridor", "county:zj-yiwu", "city:almaty"));
  cr_assert_null (find (r, "freight_corridor", "country:CN", "city:almaty"));
}

Test (extract, a_numbered_session_opens_with_its_owner_and_is_hosted_by_its_chair)
{
  g_autoptr (BriExtractResult) r =
    run ("## 简讯\n6月5日,吉尔吉斯斯坦总统主持上海合作组织成员国外长理事会第九次会议。", "2024-06");
  const char *id = "forum:上海合作组织成员国外长理事会第九次会议";
  const BriRelation *x = find (r, "hosted", "country:KG", id);
  cr_assert (x);
  cr_assert_str_eq (bri_relation_get_attribute (x, "rule"), "host-chair");
  cr_assert_null (find (r, "hosted", "mechanism:sco", id), "the owner hosts no session of its members");
  /* An owner the data set lacks: the name starts after the verb. */
  g_autoptr (BriExtractResult) s =
    run ("6月5日,泰国总理主持星河经济合作组织第十次领导人会议。", "2024-06");
  cr_assert (find (s, "hosted", "country:TH", "forum:星河经济合作组织第十次领导人会议"));
  /* A bare session number names nothing. */
  g_autoptr (BriExtractResult) t = run ("6月5日,泰国总理主持了第十次会议。", "2024-06");
  cr_assert_eq (bri_extract_result_get_n_entities (t), 0);
  cr_assert_eq (bri_extract_result_get_n_relations (t), 0);
}

Test (extract, a_chair_of_the_meeting_the_story_is_about_hosts_it)
{
  g_autoptr (BriExtractResult) r =
    run ("## 上海合作组织成员国外长理事会第九次会议举行\n\n6月5日,各国外长出席。\n\n"
         "吉尔吉斯斯坦总统主持会议。", "2024-06");
  const BriRelation *x =
    find (r, "hosted", "country:KG", "forum:上海合作组织成员国外长理事会第九次会议");
  cr_assert (x);
  cr_assert_str_eq (bri_relation_get_attribute (x, "rule"), "host-chair-elided");
  /* The next story starts with no event. */
  g_autoptr (BriExtractResult) s =
    run ("## 上海合作组织成员国外长理事会第九次会议举行\n\n6月5日,各国外长出席。\n\n"
         "## 另一则\n\n吉尔吉斯斯坦总统主持会议。", "2024-06");
  cr_assert_null (find (s, "hosted", "country:KG", "forum:上海合作组织成员国外长理事会第九次会议"));
}

Test (extract, attending_by_video_from_a_place_is_no_hosting_there)
{
  g_autoptr (BriExtractResult) r =
    run ("6月5日,国家主席在北京以视频方式出席上海合作组织成员国外长理事会第九次会议。", "2024-06");
  cr_assert_null (find (r, "hosted", "province:CN-BJ", "forum:上海合作组织成员国外长理事会第九次会议"));
  g_autoptr (BriExtractResult) s =
    run ("6月5日,国家主席在北京出席上海合作组织成员国外长理事会第九次会议。", "2024-06");
  cr_assert (find (s, "hosted", "province:CN-BJ", "forum:上海合作组织成员国外长理事会第九次会议"));
}

Test (extract, both_sides_after_talks_sign_in_an_elided_clause)
{
  /* 双方 are the two sides of the talks, not the places named in between. */
  g_autoptr (BriExtractResult) r =
    run ("11月3日,中国同吉尔吉斯斯坦举行会谈,谈到乌鲁木齐和喀什的合作。"
         "双方发表了《联合声明》,并签署经贸等领域多份合作文件。", "2024-11");
  const BriRelation *x = find (r, "signed_agreement", "country:CN", "country:KG");
  cr_assert (x);
  cr_assert_str_eq (bri_relation_get_attribute (x, "rule"), "sign-both-elided");
  cr_assert_null (find (r, "signed_agreement", "city:urumqi", "city:kashgar"));
  /* Without talks, 双方 are the last two parties named. */
  g_autoptr (BriExtractResult) s =
    run ("11月3日,乌鲁木齐和喀什的代表出席。双方发表了《倡议》,并签署合作文件。", "2024-11");
  cr_assert (find (s, "signed_agreement", "city:urumqi", "city:kashgar"));
}

Test (extract, a_county_name_opens_a_longer_station_name)
{
  /* 兴隆 is a county of Hebei; 兴隆编组站 a yard elsewhere: the name is
   * proposed whole, with no parent guessed from the county. */
  g_autoptr (BriExtractResult) r =
    run ("2月10日,邮包专列从兴隆编组站发车,预计10天后抵达立陶宛。", "2024-02");
  cr_assert (find (r, "freight_corridor", "port:兴隆编组站", "country:LT"));
  cr_assert_eq (bri_extract_result_get_n_entities (r), 1);
  const BriEntity *e = bri_extract_result_get_entity (r, 0);
  cr_assert_str_eq (bri_entity_get_id (e), "port:兴隆编组站");
  cr_assert_null (bri_entity_get_parent_id (e));
}

Test (extract, an_event_said_to_be_held_somewhere_is_named_from_its_head)
{
  g_autoptr (BriExtractResult) r =
    run ("9月10日,中国—星河博览会在广西南宁开幕。", "2024-09");
  cr_assert (find (r, "hosted", "city:nanning", "forum:中国-星河博览会"));
  /* Brackets inside the name stay, a note before it does not. */
  g_autoptr (BriExtractResult) s =
    run ("9月10日,星河银信(侨批)专题展在乌鲁木齐举行。(记者)星河论坛在喀什开幕。", "2024-09");
  cr_assert (find (s, "hosted", "city:urumqi", "forum:星河银信侨批专题展"));
  cr_assert (find (s, "hosted", "city:kashgar", "forum:星河论坛"));
  /* A demonstrative or a bare event word names nothing. */
  g_autoptr (BriExtractResult) t =
    run ("9月10日,此次论坛在乌鲁木齐举行。会议在喀什举行。今天论坛在喀什开幕。", "2024-09");
  cr_assert_eq (bri_extract_result_get_n_entities (t), 0);
  cr_assert_eq (bri_extract_result_get_n_relations (t), 0);
}

Test (extract, the_event_a_chair_presides_over_is_named_from_the_verb)
{
  g_autoptr (BriExtractResult) r =
    run ("1月25日,吉尔吉斯斯坦总统主持星河合作建交30周年视频峰会。", "2024-01");
  cr_assert (find (r, "hosted", "country:KG", "forum:星河合作建交30周年视频峰会"));
  /* Sessions of a body, demonstratives and verbs inside name nothing. */
  g_autoptr (BriExtractResult) s =
    run ("1月25日,吉尔吉斯斯坦总统主持召开政府常务会议。吉尔吉斯斯坦将举办本组织星河论坛。"
         "吉尔吉斯斯坦总统出席全体会议。", "2024-01");
  cr_assert_eq (bri_extract_result_get_n_entities (s), 0);
}

Test (extract, talks_are_between_parties_not_events)
{
  /* Visiting an expo is no talks with it. */
  g_autoptr (BriExtractResult) r =
    run ("6月5日,吉尔吉斯斯坦总统访问第5届星河博览会。", "2024-06");
  for (guint i = 0; i < bri_extract_result_get_n_relations (r); i++)
    cr_assert_str_neq (bri_relation_get_kind (bri_extract_result_get_relation (r, i)), "met");
}

Test (extract, a_country_form_and_fang_stand_for_the_country)
{
  g_autoptr (BriExtractResult) r =
    run ("11月19日,吉尔吉斯斯坦总统祝贺泰方成功主办星河经济领导人非正式会议。", "2022-11");
  cr_assert (find (r, "hosted", "country:TH", "forum:星河经济领导人非正式会议"));
  /* 方 opening another word (新方案, 土方工程) is no side. */
  g_autoptr (BriExtractResult) s =
    run ("11月19日,越方与柬方在河内举行会谈,讨论了新方案和土方工程。", "2022-11");
  cr_assert (find (s, "met", "country:VN", "country:KH"));
  for (guint i = 0; i < bri_extract_result_get_n_relations (s); i++)
    {
      const BriRelation *x = bri_extract_result_get_relation (s, i);
      cr_assert_str_neq (bri_relation_get_to_id (x), "country:SG");
      cr_assert_str_neq (bri_relation_get_from_id (x), "country:TM");
    }
}

Test (extract, a_numbered_edition_is_not_another_edition_of_the_data)
{
  /* data/bri knows the 22nd China–ASEAN Expo, alias 中国—东盟博览会. */
  g_autoptr (BriExtractResult) r =
    run ("9月10日,第18届中国—东盟博览会在广西南宁举行。", "2021-09");
  cr_assert (find (r, "hosted", "city:nanning", "forum:第18届中国-东盟博览会"));
  cr_assert_not (find (r, "hosted", "city:nanning", "forum:china-asean-expo-22"));
  g_autoptr (BriExtractResult) s =
    run ("9月10日,第二十二届中国—东盟博览会在广西南宁举行。", "2025-09");
  cr_assert (find (s, "hosted", "city:nanning", "forum:china-asean-expo-22"));
}

Test (extract, yu_joining_two_words_stays_inside_an_event_name)
{
  g_autoptr (BriExtractResult) r =
    run ("9月10日,第5届星河博览会和中国—东盟商务与投资峰会正在广西南宁举行。", "2021-09");
  cr_assert (find (r, "hosted", "city:nanning", "forum:第5届星河博览会"));
  cr_assert (find (r, "hosted", "city:nanning", "forum:中国-东盟商务与投资峰会"));
}

Test (extract, a_place_named_before_is_no_side_of_a_short_form)
{
  /* 中方 may stand for a Chinese body named before it, not for 北京,
   * where the talks were held. */
  g_autoptr (BriExtractResult) r =
    run ("6月5日,吉尔吉斯斯坦总统在北京会见习近平。吉方最早同中方签署星河合作文件。", "2024-06");
  cr_assert (find (r, "signed_agreement", "country:KG", "country:CN")
             || find (r, "signed_agreement", "country:CN", "country:KG"));
  cr_assert_not (find (r, "signed_agreement", "country:KG", "province:CN-BJ"));
}

Test (extract, organisers_listed_after_you_are_proposed_bodies)
{
  /* An organiser the data set lacks, named with a body's word, becomes a
   * proposed entity; a province's government is the province. */
  g_autoptr (BriExtractResult) r =
    run ("11月15日,由星河国务院新闻办、新疆维吾尔自治区人民政府主办的“2021星河发展论坛”在北京举行。",
         "2021-11");
  cr_assert (find (r, "hosted", "ministry:星河国务院新闻办", "forum:2021星河发展论坛"));
  cr_assert (find (r, "hosted", "province:CN-XJ", "forum:2021星河发展论坛"));
  cr_assert (find (r, "hosted", "province:CN-BJ", "forum:2021星河发展论坛"));
  /* A name without a body's word, or an intergovernmental one, is none. */
  g_autoptr (BriExtractResult) s =
    run ("11月15日,由星河和新疆政府间委员会共同主办的“2021星河发展论坛”在北京举行。", "2021-11");
  for (guint i = 0; i < bri_extract_result_get_n_entities (s); i++)
    cr_assert_str_neq (bri_entity_get_id (bri_extract_result_get_entity (s, i)), "ministry:星河");
}

/* A two-character county name (同安, Xiamen) is read only where the text
 * does not read as other words across its edges (共同安全, 浙江省同安徽省:
 * data/rules/boundary-words.csv); where it stands alone it is a place. */
Test (extract, a_county_name_is_not_read_across_words)
{
  g_autoptr (BriExtractResult) r =
    run ("2024年5月10日,老挝总理在共同安全论坛期间会见中国外长。", NULL);
  cr_assert (find (r, "met", "country:CN", "country:LA"));
  for (guint i = 0; i < bri_extract_result_get_n_relations (r); i++)
    {
      const BriRelation *x = bri_extract_result_get_relation (r, i);
      cr_assert_str_neq (bri_relation_get_from_id (x), "county:fj-tongan");
      cr_assert_str_neq (bri_relation_get_to_id (x), "county:fj-tongan");
    }
  g_autoptr (BriExtractResult) r2 = run ("2024年5月11日,浙江省同安徽省签署合作协议。", NULL);
  cr_assert (find (r2, "signed_agreement", "province:CN-ZJ", "province:CN-AH"));
  g_autoptr (BriExtractResult) r3 = run ("2024年5月12日,首趟中老班列从同安开往万象。", NULL);
  const BriRelation *x = find (r3, "freight_corridor", "county:fj-tongan", "city:vientiane");
  cr_assert (x);
  cr_assert_str_eq (bri_relation_get_from_id (x), "county:fj-tongan");
}
