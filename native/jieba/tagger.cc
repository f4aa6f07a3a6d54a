// nodejieba's part-of-speech tagger with its dictionary built once. nodejieba's load() builds the same
// 5 MB dictionary a second time for a TextRank keyword extractor this project never uses, which doubles
// the CPU time of every Chinese extraction's start. This addon compiles the same cppjieba headers that
// nodejieba ships (so segmentation and tags are the same code) and builds only the segmenter.
// src/extract/zh/segmenter.ts uses it when it was built, and nodejieba otherwise.
#define NAPI_VERSION 6
#include <node_api.h>

#include <string>
#include <utility>
#include <vector>

#include "cppjieba/Jieba.hpp"

namespace {

// One tagger per JavaScript environment (the main thread and each worker thread load their own), kept
// as the environment's instance data and freed with it.
cppjieba::Jieba* Current(napi_env env) {
  void* data = nullptr;
  napi_get_instance_data(env, &data);
  return static_cast<cppjieba::Jieba*>(data);
}

void Free(napi_env, void* data, void*) { delete static_cast<cppjieba::Jieba*>(data); }

bool StringArg(napi_env env, napi_value value, std::string* out) {
  size_t length = 0;
  if (napi_get_value_string_utf8(env, value, nullptr, 0, &length) != napi_ok) return false;
  out->resize(length + 1);
  if (napi_get_value_string_utf8(env, value, &(*out)[0], length + 1, &length) != napi_ok) return false;
  out->resize(length);
  return true;
}

bool StringArgs(napi_env env, napi_callback_info info, size_t count, std::vector<std::string>* out) {
  napi_value args[5];
  size_t argc = 5;
  if (napi_get_cb_info(env, info, &argc, args, nullptr, nullptr) != napi_ok || argc != count) return false;
  out->resize(count);
  for (size_t i = 0; i < count; i++)
    if (!StringArg(env, args[i], &(*out)[i])) return false;
  return true;
}

napi_value Fail(napi_env env, const char* message) {
  napi_throw_type_error(env, nullptr, message);
  return nullptr;
}

// load(dict, hmm, userDict, idf, stopWords)
napi_value Load(napi_env env, napi_callback_info info) {
  std::vector<std::string> a;
  if (!StringArgs(env, info, 5, &a)) return Fail(env, "load(dict, hmm, userDict, idf, stopWords) takes five paths");
  // Node does not finalize instance data that is replaced: a second load frees the first tagger here.
  cppjieba::Jieba* old = Current(env);
  napi_set_instance_data(env, new cppjieba::Jieba(a[0], a[1], a[2], a[3], a[4]), Free, nullptr);
  delete old;
  return nullptr;
}

// The loaded tagger, its call's string arguments in `a`; null (an error thrown) if either is missing.
cppjieba::Jieba* Loaded(napi_env env, napi_callback_info info, size_t count, std::vector<std::string>* a,
                        const char* usage) {
  if (!StringArgs(env, info, count, a)) {
    Fail(env, usage);
    return nullptr;
  }
  cppjieba::Jieba* jieba = Current(env);
  if (!jieba) Fail(env, "call load() first");
  return jieba;
}

// insertWord(word, tag): as nodejieba's insertWord.
napi_value InsertWord(napi_env env, napi_callback_info info) {
  std::vector<std::string> a;
  cppjieba::Jieba* jieba = Loaded(env, info, 2, &a, "insertWord(word, tag) takes two strings");
  if (!jieba) return nullptr;
  napi_value result;
  napi_get_boolean(env, jieba->InsertUserWord(a[0], a[1]), &result);
  return result;
}

// tag(sentence): [{ word, tag }], as nodejieba's tag.
napi_value Tag(napi_env env, napi_callback_info info) {
  std::vector<std::string> a;
  cppjieba::Jieba* jieba = Loaded(env, info, 1, &a, "tag(sentence) takes one string");
  if (!jieba) return nullptr;
  std::vector<std::pair<std::string, std::string> > words;
  jieba->Tag(a[0], words);
  napi_value array;
  napi_create_array_with_length(env, words.size(), &array);
  for (size_t i = 0; i < words.size(); i++) {
    napi_value item, word, tag;
    napi_create_object(env, &item);
    napi_create_string_utf8(env, words[i].first.data(), words[i].first.size(), &word);
    napi_create_string_utf8(env, words[i].second.data(), words[i].second.size(), &tag);
    napi_set_named_property(env, item, "word", word);
    napi_set_named_property(env, item, "tag", tag);
    napi_set_element(env, array, i, item);
  }
  return array;
}

napi_value Init(napi_env env, napi_value exports) {
  napi_property_descriptor methods[] = {
      {"load", nullptr, Load, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"insertWord", nullptr, InsertWord, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"tag", nullptr, Tag, nullptr, nullptr, nullptr, napi_default, nullptr},
  };
  napi_define_properties(env, exports, 3, methods);
  return exports;
}

}  // namespace

NAPI_MODULE(NODE_GYP_MODULE_NAME, Init)
