// Lede's own declarations of the sherpa-onnx C types that LedeSpeech passes across the library's
// boundary. They mirror the ABI of sherpa-onnx 2.0.1's c-api.h: every struct below must keep that
// release's field order and field types, because the library (loaded at run time with dlopen, see
// Sources/LedeSpeech/Piper/SherpaLibrary.swift) reads and writes them by offset. Declaring them here
// means building Lede needs nothing from deps/; only running a Piper voice does.
//
// What Lede reaches: SherpaOnnxCreateOfflineTts takes the TTS config (which embeds one config per
// model family by value, so every family is declared even though Lede only fills in VITS),
// SherpaOnnxOfflineTtsGenerateWithConfig takes the generation config and the progress callback and
// returns the generated audio. The engine handle itself stays an opaque pointer in Swift.
//
// Upgrading sherpa-onnx: compare these structs with the new release's c-api.h field by field, and
// run the Piper tests (a real synthesis fails or garbles on any layout mismatch).
#ifndef LEDE_CSHERPAONNX_SHIM_H
#define LEDE_CSHERPAONNX_SHIM_H

#include <stdint.h>

// Piper voices are VITS models: the only family Lede configures.
typedef struct SherpaOnnxOfflineTtsVitsModelConfig {
    const char *model;
    const char *lexicon;
    const char *tokens;
    const char *data_dir;       // ignored by 2.x (Lede passes phonemes itself)
    float noise_scale;
    float noise_scale_w;
    float length_scale;
    const char *dict_dir;       // ignored by 2.x
} SherpaOnnxOfflineTtsVitsModelConfig;

// The other model families: declared only so the enclosing config has the library's size and
// offsets; Lede leaves them zeroed.
typedef struct SherpaOnnxOfflineTtsMatchaModelConfig {
    const char *acoustic_model;
    const char *vocoder;
    const char *lexicon;
    const char *tokens;
    const char *data_dir;
    float noise_scale;
    float length_scale;
    const char *dict_dir;
} SherpaOnnxOfflineTtsMatchaModelConfig;

typedef struct SherpaOnnxOfflineTtsKokoroModelConfig {
    const char *model;
    const char *voices;
    const char *tokens;
    const char *data_dir;
    float length_scale;
    const char *dict_dir;
    const char *lexicon;
    const char *lang;
} SherpaOnnxOfflineTtsKokoroModelConfig;

typedef struct SherpaOnnxOfflineTtsKittenModelConfig {
    const char *model;
    const char *voices;
    const char *tokens;
    const char *data_dir;
    float length_scale;
    const char *lexicon;
} SherpaOnnxOfflineTtsKittenModelConfig;

typedef struct SherpaOnnxOfflineTtsZipvoiceModelConfig {
    const char *tokens;
    const char *encoder;
    const char *decoder;
    const char *vocoder;
    const char *data_dir;
    const char *lexicon;
    float feat_scale;
    float t_shift;
    float target_rms;
    float guidance_scale;
} SherpaOnnxOfflineTtsZipvoiceModelConfig;

typedef struct SherpaOnnxOfflineTtsPocketModelConfig {
    const char *lm_flow;
    const char *lm_main;
    const char *encoder;
    const char *decoder;
    const char *text_conditioner;
    const char *vocab_json;
    const char *token_scores_json;
    int32_t voice_embedding_cache_capacity;
} SherpaOnnxOfflineTtsPocketModelConfig;

typedef struct SherpaOnnxOfflineTtsSupertonicModelConfig {
    const char *duration_predictor;
    const char *text_encoder;
    const char *vector_estimator;
    const char *vocoder;
    const char *tts_json;
    const char *unicode_indexer;
    const char *voice_style;
} SherpaOnnxOfflineTtsSupertonicModelConfig;

// Shared settings (threads, provider) followed by one embedded config per model family.
typedef struct SherpaOnnxOfflineTtsModelConfig {
    SherpaOnnxOfflineTtsVitsModelConfig vits;
    int32_t num_threads;
    int32_t debug;
    const char *provider;
    SherpaOnnxOfflineTtsMatchaModelConfig matcha;
    SherpaOnnxOfflineTtsKokoroModelConfig kokoro;
    SherpaOnnxOfflineTtsKittenModelConfig kitten;
    SherpaOnnxOfflineTtsZipvoiceModelConfig zipvoice;
    SherpaOnnxOfflineTtsPocketModelConfig pocket;
    SherpaOnnxOfflineTtsSupertonicModelConfig supertonic;
} SherpaOnnxOfflineTtsModelConfig;

// Argument of SherpaOnnxCreateOfflineTts.
typedef struct SherpaOnnxOfflineTtsConfig {
    SherpaOnnxOfflineTtsModelConfig model;
    const char *rule_fsts;
    int32_t max_num_sentences;  // Lede sets 1: one phoneme chunk per inference
    const char *rule_fars;
    float silence_scale;
} SherpaOnnxOfflineTtsConfig;

// Returned by SherpaOnnxOfflineTtsGenerateWithConfig; freed with
// SherpaOnnxDestroyOfflineTtsGeneratedAudio (the library owns `samples`).
typedef struct SherpaOnnxGeneratedAudio {
    const float *samples;
    int32_t n;
    int32_t sample_rate;
} SherpaOnnxGeneratedAudio;

// Called once per synthesised chunk with its samples (valid only during the call), the progress in
// [0, 1] and the caller's pointer; returning 0 stops the generation, 1 goes on.
typedef int32_t (*SherpaOnnxGeneratedAudioProgressCallbackWithArg)(
    const float *samples, int32_t n, float progress, void *arg);

// Per-call settings of SherpaOnnxOfflineTtsGenerateWithConfig. Lede fills in speed, silence and the
// pre-phonemised input (flattened codepoints plus one length per sentence); the reference-audio and
// token fields serve other model families and stay zeroed.
typedef struct SherpaOnnxGenerationConfig {
    float silence_scale;
    float speed;
    int32_t sid;
    const float *reference_audio;
    int32_t reference_audio_len;
    int32_t reference_sample_rate;
    const char *reference_text;
    int32_t num_steps;
    const char *extra;
    const int32_t *phoneme_codepoints;
    const int32_t *phoneme_codepoints_lens;
    int32_t phoneme_codepoints_num_sentences;
    const char *const *tokens;
    const int32_t *tokens_lens;
    int32_t tokens_num_sentences;
} SherpaOnnxGenerationConfig;

#endif
