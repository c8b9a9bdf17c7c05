// CPython 3.11's text formatting rules for numbers and strings. See pyformat.h.
// The structure follows CPython's own code (Python/formatter_unicode.c, Python/pystrtod.c,
// Objects/unicodeobject.c, Objects/floatobject.c, Objects/longobject.c) so that the corner cases
// come out the same; digit generation uses correctly rounded C/C++ conversions instead of dtoa.c.
#include "core/pyformat.h"

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <charconv>
#include <climits>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iterator>
#include <vector>

namespace looplab::pyformat {

namespace {

// Generated from CPython 3.11.7 (Unicode 14.0.0): ranges of code points where str.isprintable() is False.
constexpr std::pair<char32_t, char32_t> kNonPrintable[] = {
    {0x0, 0x1F}, {0x7F, 0xA0}, {0xAD, 0xAD}, {0x378, 0x379}, {0x380, 0x383}, {0x38B, 0x38B},
    {0x38D, 0x38D}, {0x3A2, 0x3A2}, {0x530, 0x530}, {0x557, 0x558}, {0x58B, 0x58C}, {0x590, 0x590},
    {0x5C8, 0x5CF}, {0x5EB, 0x5EE}, {0x5F5, 0x605}, {0x61C, 0x61C}, {0x6DD, 0x6DD}, {0x70E, 0x70F},
    {0x74B, 0x74C}, {0x7B2, 0x7BF}, {0x7FB, 0x7FC}, {0x82E, 0x82F}, {0x83F, 0x83F}, {0x85C, 0x85D},
    {0x85F, 0x85F}, {0x86B, 0x86F}, {0x88F, 0x897}, {0x8E2, 0x8E2}, {0x984, 0x984}, {0x98D, 0x98E},
    {0x991, 0x992}, {0x9A9, 0x9A9}, {0x9B1, 0x9B1}, {0x9B3, 0x9B5}, {0x9BA, 0x9BB}, {0x9C5, 0x9C6},
    {0x9C9, 0x9CA}, {0x9CF, 0x9D6}, {0x9D8, 0x9DB}, {0x9DE, 0x9DE}, {0x9E4, 0x9E5}, {0x9FF, 0xA00},
    {0xA04, 0xA04}, {0xA0B, 0xA0E}, {0xA11, 0xA12}, {0xA29, 0xA29}, {0xA31, 0xA31}, {0xA34, 0xA34},
    {0xA37, 0xA37}, {0xA3A, 0xA3B}, {0xA3D, 0xA3D}, {0xA43, 0xA46}, {0xA49, 0xA4A}, {0xA4E, 0xA50},
    {0xA52, 0xA58}, {0xA5D, 0xA5D}, {0xA5F, 0xA65}, {0xA77, 0xA80}, {0xA84, 0xA84}, {0xA8E, 0xA8E},
    {0xA92, 0xA92}, {0xAA9, 0xAA9}, {0xAB1, 0xAB1}, {0xAB4, 0xAB4}, {0xABA, 0xABB}, {0xAC6, 0xAC6},
    {0xACA, 0xACA}, {0xACE, 0xACF}, {0xAD1, 0xADF}, {0xAE4, 0xAE5}, {0xAF2, 0xAF8}, {0xB00, 0xB00},
    {0xB04, 0xB04}, {0xB0D, 0xB0E}, {0xB11, 0xB12}, {0xB29, 0xB29}, {0xB31, 0xB31}, {0xB34, 0xB34},
    {0xB3A, 0xB3B}, {0xB45, 0xB46}, {0xB49, 0xB4A}, {0xB4E, 0xB54}, {0xB58, 0xB5B}, {0xB5E, 0xB5E},
    {0xB64, 0xB65}, {0xB78, 0xB81}, {0xB84, 0xB84}, {0xB8B, 0xB8D}, {0xB91, 0xB91}, {0xB96, 0xB98},
    {0xB9B, 0xB9B}, {0xB9D, 0xB9D}, {0xBA0, 0xBA2}, {0xBA5, 0xBA7}, {0xBAB, 0xBAD}, {0xBBA, 0xBBD},
    {0xBC3, 0xBC5}, {0xBC9, 0xBC9}, {0xBCE, 0xBCF}, {0xBD1, 0xBD6}, {0xBD8, 0xBE5}, {0xBFB, 0xBFF},
    {0xC0D, 0xC0D}, {0xC11, 0xC11}, {0xC29, 0xC29}, {0xC3A, 0xC3B}, {0xC45, 0xC45}, {0xC49, 0xC49},
    {0xC4E, 0xC54}, {0xC57, 0xC57}, {0xC5B, 0xC5C}, {0xC5E, 0xC5F}, {0xC64, 0xC65}, {0xC70, 0xC76},
    {0xC8D, 0xC8D}, {0xC91, 0xC91}, {0xCA9, 0xCA9}, {0xCB4, 0xCB4}, {0xCBA, 0xCBB}, {0xCC5, 0xCC5},
    {0xCC9, 0xCC9}, {0xCCE, 0xCD4}, {0xCD7, 0xCDC}, {0xCDF, 0xCDF}, {0xCE4, 0xCE5}, {0xCF0, 0xCF0},
    {0xCF3, 0xCFF}, {0xD0D, 0xD0D}, {0xD11, 0xD11}, {0xD45, 0xD45}, {0xD49, 0xD49}, {0xD50, 0xD53},
    {0xD64, 0xD65}, {0xD80, 0xD80}, {0xD84, 0xD84}, {0xD97, 0xD99}, {0xDB2, 0xDB2}, {0xDBC, 0xDBC},
    {0xDBE, 0xDBF}, {0xDC7, 0xDC9}, {0xDCB, 0xDCE}, {0xDD5, 0xDD5}, {0xDD7, 0xDD7}, {0xDE0, 0xDE5},
    {0xDF0, 0xDF1}, {0xDF5, 0xE00}, {0xE3B, 0xE3E}, {0xE5C, 0xE80}, {0xE83, 0xE83}, {0xE85, 0xE85},
    {0xE8B, 0xE8B}, {0xEA4, 0xEA4}, {0xEA6, 0xEA6}, {0xEBE, 0xEBF}, {0xEC5, 0xEC5}, {0xEC7, 0xEC7},
    {0xECE, 0xECF}, {0xEDA, 0xEDB}, {0xEE0, 0xEFF}, {0xF48, 0xF48}, {0xF6D, 0xF70}, {0xF98, 0xF98},
    {0xFBD, 0xFBD}, {0xFCD, 0xFCD}, {0xFDB, 0xFFF}, {0x10C6, 0x10C6}, {0x10C8, 0x10CC},
    {0x10CE, 0x10CF}, {0x1249, 0x1249}, {0x124E, 0x124F}, {0x1257, 0x1257}, {0x1259, 0x1259},
    {0x125E, 0x125F}, {0x1289, 0x1289}, {0x128E, 0x128F}, {0x12B1, 0x12B1}, {0x12B6, 0x12B7},
    {0x12BF, 0x12BF}, {0x12C1, 0x12C1}, {0x12C6, 0x12C7}, {0x12D7, 0x12D7}, {0x1311, 0x1311},
    {0x1316, 0x1317}, {0x135B, 0x135C}, {0x137D, 0x137F}, {0x139A, 0x139F}, {0x13F6, 0x13F7},
    {0x13FE, 0x13FF}, {0x1680, 0x1680}, {0x169D, 0x169F}, {0x16F9, 0x16FF}, {0x1716, 0x171E},
    {0x1737, 0x173F}, {0x1754, 0x175F}, {0x176D, 0x176D}, {0x1771, 0x1771}, {0x1774, 0x177F},
    {0x17DE, 0x17DF}, {0x17EA, 0x17EF}, {0x17FA, 0x17FF}, {0x180E, 0x180E}, {0x181A, 0x181F},
    {0x1879, 0x187F}, {0x18AB, 0x18AF}, {0x18F6, 0x18FF}, {0x191F, 0x191F}, {0x192C, 0x192F},
    {0x193C, 0x193F}, {0x1941, 0x1943}, {0x196E, 0x196F}, {0x1975, 0x197F}, {0x19AC, 0x19AF},
    {0x19CA, 0x19CF}, {0x19DB, 0x19DD}, {0x1A1C, 0x1A1D}, {0x1A5F, 0x1A5F}, {0x1A7D, 0x1A7E},
    {0x1A8A, 0x1A8F}, {0x1A9A, 0x1A9F}, {0x1AAE, 0x1AAF}, {0x1ACF, 0x1AFF}, {0x1B4D, 0x1B4F},
    {0x1B7F, 0x1B7F}, {0x1BF4, 0x1BFB}, {0x1C38, 0x1C3A}, {0x1C4A, 0x1C4C}, {0x1C89, 0x1C8F},
    {0x1CBB, 0x1CBC}, {0x1CC8, 0x1CCF}, {0x1CFB, 0x1CFF}, {0x1F16, 0x1F17}, {0x1F1E, 0x1F1F},
    {0x1F46, 0x1F47}, {0x1F4E, 0x1F4F}, {0x1F58, 0x1F58}, {0x1F5A, 0x1F5A}, {0x1F5C, 0x1F5C},
    {0x1F5E, 0x1F5E}, {0x1F7E, 0x1F7F}, {0x1FB5, 0x1FB5}, {0x1FC5, 0x1FC5}, {0x1FD4, 0x1FD5},
    {0x1FDC, 0x1FDC}, {0x1FF0, 0x1FF1}, {0x1FF5, 0x1FF5}, {0x1FFF, 0x200F}, {0x2028, 0x202F},
    {0x205F, 0x206F}, {0x2072, 0x2073}, {0x208F, 0x208F}, {0x209D, 0x209F}, {0x20C1, 0x20CF},
    {0x20F1, 0x20FF}, {0x218C, 0x218F}, {0x2427, 0x243F}, {0x244B, 0x245F}, {0x2B74, 0x2B75},
    {0x2B96, 0x2B96}, {0x2CF4, 0x2CF8}, {0x2D26, 0x2D26}, {0x2D28, 0x2D2C}, {0x2D2E, 0x2D2F},
    {0x2D68, 0x2D6E}, {0x2D71, 0x2D7E}, {0x2D97, 0x2D9F}, {0x2DA7, 0x2DA7}, {0x2DAF, 0x2DAF},
    {0x2DB7, 0x2DB7}, {0x2DBF, 0x2DBF}, {0x2DC7, 0x2DC7}, {0x2DCF, 0x2DCF}, {0x2DD7, 0x2DD7},
    {0x2DDF, 0x2DDF}, {0x2E5E, 0x2E7F}, {0x2E9A, 0x2E9A}, {0x2EF4, 0x2EFF}, {0x2FD6, 0x2FEF},
    {0x2FFC, 0x3000}, {0x3040, 0x3040}, {0x3097, 0x3098}, {0x3100, 0x3104}, {0x3130, 0x3130},
    {0x318F, 0x318F}, {0x31E4, 0x31EF}, {0x321F, 0x321F}, {0xA48D, 0xA48F}, {0xA4C7, 0xA4CF},
    {0xA62C, 0xA63F}, {0xA6F8, 0xA6FF}, {0xA7CB, 0xA7CF}, {0xA7D2, 0xA7D2}, {0xA7D4, 0xA7D4},
    {0xA7DA, 0xA7F1}, {0xA82D, 0xA82F}, {0xA83A, 0xA83F}, {0xA878, 0xA87F}, {0xA8C6, 0xA8CD},
    {0xA8DA, 0xA8DF}, {0xA954, 0xA95E}, {0xA97D, 0xA97F}, {0xA9CE, 0xA9CE}, {0xA9DA, 0xA9DD},
    {0xA9FF, 0xA9FF}, {0xAA37, 0xAA3F}, {0xAA4E, 0xAA4F}, {0xAA5A, 0xAA5B}, {0xAAC3, 0xAADA},
    {0xAAF7, 0xAB00}, {0xAB07, 0xAB08}, {0xAB0F, 0xAB10}, {0xAB17, 0xAB1F}, {0xAB27, 0xAB27},
    {0xAB2F, 0xAB2F}, {0xAB6C, 0xAB6F}, {0xABEE, 0xABEF}, {0xABFA, 0xABFF}, {0xD7A4, 0xD7AF},
    {0xD7C7, 0xD7CA}, {0xD7FC, 0xF8FF}, {0xFA6E, 0xFA6F}, {0xFADA, 0xFAFF}, {0xFB07, 0xFB12},
    {0xFB18, 0xFB1C}, {0xFB37, 0xFB37}, {0xFB3D, 0xFB3D}, {0xFB3F, 0xFB3F}, {0xFB42, 0xFB42},
    {0xFB45, 0xFB45}, {0xFBC3, 0xFBD2}, {0xFD90, 0xFD91}, {0xFDC8, 0xFDCE}, {0xFDD0, 0xFDEF},
    {0xFE1A, 0xFE1F}, {0xFE53, 0xFE53}, {0xFE67, 0xFE67}, {0xFE6C, 0xFE6F}, {0xFE75, 0xFE75},
    {0xFEFD, 0xFF00}, {0xFFBF, 0xFFC1}, {0xFFC8, 0xFFC9}, {0xFFD0, 0xFFD1}, {0xFFD8, 0xFFD9},
    {0xFFDD, 0xFFDF}, {0xFFE7, 0xFFE7}, {0xFFEF, 0xFFFB}, {0xFFFE, 0xFFFF}, {0x1000C, 0x1000C},
    {0x10027, 0x10027}, {0x1003B, 0x1003B}, {0x1003E, 0x1003E}, {0x1004E, 0x1004F},
    {0x1005E, 0x1007F}, {0x100FB, 0x100FF}, {0x10103, 0x10106}, {0x10134, 0x10136},
    {0x1018F, 0x1018F}, {0x1019D, 0x1019F}, {0x101A1, 0x101CF}, {0x101FE, 0x1027F},
    {0x1029D, 0x1029F}, {0x102D1, 0x102DF}, {0x102FC, 0x102FF}, {0x10324, 0x1032C},
    {0x1034B, 0x1034F}, {0x1037B, 0x1037F}, {0x1039E, 0x1039E}, {0x103C4, 0x103C7},
    {0x103D6, 0x103FF}, {0x1049E, 0x1049F}, {0x104AA, 0x104AF}, {0x104D4, 0x104D7},
    {0x104FC, 0x104FF}, {0x10528, 0x1052F}, {0x10564, 0x1056E}, {0x1057B, 0x1057B},
    {0x1058B, 0x1058B}, {0x10593, 0x10593}, {0x10596, 0x10596}, {0x105A2, 0x105A2},
    {0x105B2, 0x105B2}, {0x105BA, 0x105BA}, {0x105BD, 0x105FF}, {0x10737, 0x1073F},
    {0x10756, 0x1075F}, {0x10768, 0x1077F}, {0x10786, 0x10786}, {0x107B1, 0x107B1},
    {0x107BB, 0x107FF}, {0x10806, 0x10807}, {0x10809, 0x10809}, {0x10836, 0x10836},
    {0x10839, 0x1083B}, {0x1083D, 0x1083E}, {0x10856, 0x10856}, {0x1089F, 0x108A6},
    {0x108B0, 0x108DF}, {0x108F3, 0x108F3}, {0x108F6, 0x108FA}, {0x1091C, 0x1091E},
    {0x1093A, 0x1093E}, {0x10940, 0x1097F}, {0x109B8, 0x109BB}, {0x109D0, 0x109D1},
    {0x10A04, 0x10A04}, {0x10A07, 0x10A0B}, {0x10A14, 0x10A14}, {0x10A18, 0x10A18},
    {0x10A36, 0x10A37}, {0x10A3B, 0x10A3E}, {0x10A49, 0x10A4F}, {0x10A59, 0x10A5F},
    {0x10AA0, 0x10ABF}, {0x10AE7, 0x10AEA}, {0x10AF7, 0x10AFF}, {0x10B36, 0x10B38},
    {0x10B56, 0x10B57}, {0x10B73, 0x10B77}, {0x10B92, 0x10B98}, {0x10B9D, 0x10BA8},
    {0x10BB0, 0x10BFF}, {0x10C49, 0x10C7F}, {0x10CB3, 0x10CBF}, {0x10CF3, 0x10CF9},
    {0x10D28, 0x10D2F}, {0x10D3A, 0x10E5F}, {0x10E7F, 0x10E7F}, {0x10EAA, 0x10EAA},
    {0x10EAE, 0x10EAF}, {0x10EB2, 0x10EFF}, {0x10F28, 0x10F2F}, {0x10F5A, 0x10F6F},
    {0x10F8A, 0x10FAF}, {0x10FCC, 0x10FDF}, {0x10FF7, 0x10FFF}, {0x1104E, 0x11051},
    {0x11076, 0x1107E}, {0x110BD, 0x110BD}, {0x110C3, 0x110CF}, {0x110E9, 0x110EF},
    {0x110FA, 0x110FF}, {0x11135, 0x11135}, {0x11148, 0x1114F}, {0x11177, 0x1117F},
    {0x111E0, 0x111E0}, {0x111F5, 0x111FF}, {0x11212, 0x11212}, {0x1123F, 0x1127F},
    {0x11287, 0x11287}, {0x11289, 0x11289}, {0x1128E, 0x1128E}, {0x1129E, 0x1129E},
    {0x112AA, 0x112AF}, {0x112EB, 0x112EF}, {0x112FA, 0x112FF}, {0x11304, 0x11304},
    {0x1130D, 0x1130E}, {0x11311, 0x11312}, {0x11329, 0x11329}, {0x11331, 0x11331},
    {0x11334, 0x11334}, {0x1133A, 0x1133A}, {0x11345, 0x11346}, {0x11349, 0x1134A},
    {0x1134E, 0x1134F}, {0x11351, 0x11356}, {0x11358, 0x1135C}, {0x11364, 0x11365},
    {0x1136D, 0x1136F}, {0x11375, 0x113FF}, {0x1145C, 0x1145C}, {0x11462, 0x1147F},
    {0x114C8, 0x114CF}, {0x114DA, 0x1157F}, {0x115B6, 0x115B7}, {0x115DE, 0x115FF},
    {0x11645, 0x1164F}, {0x1165A, 0x1165F}, {0x1166D, 0x1167F}, {0x116BA, 0x116BF},
    {0x116CA, 0x116FF}, {0x1171B, 0x1171C}, {0x1172C, 0x1172F}, {0x11747, 0x117FF},
    {0x1183C, 0x1189F}, {0x118F3, 0x118FE}, {0x11907, 0x11908}, {0x1190A, 0x1190B},
    {0x11914, 0x11914}, {0x11917, 0x11917}, {0x11936, 0x11936}, {0x11939, 0x1193A},
    {0x11947, 0x1194F}, {0x1195A, 0x1199F}, {0x119A8, 0x119A9}, {0x119D8, 0x119D9},
    {0x119E5, 0x119FF}, {0x11A48, 0x11A4F}, {0x11AA3, 0x11AAF}, {0x11AF9, 0x11BFF},
    {0x11C09, 0x11C09}, {0x11C37, 0x11C37}, {0x11C46, 0x11C4F}, {0x11C6D, 0x11C6F},
    {0x11C90, 0x11C91}, {0x11CA8, 0x11CA8}, {0x11CB7, 0x11CFF}, {0x11D07, 0x11D07},
    {0x11D0A, 0x11D0A}, {0x11D37, 0x11D39}, {0x11D3B, 0x11D3B}, {0x11D3E, 0x11D3E},
    {0x11D48, 0x11D4F}, {0x11D5A, 0x11D5F}, {0x11D66, 0x11D66}, {0x11D69, 0x11D69},
    {0x11D8F, 0x11D8F}, {0x11D92, 0x11D92}, {0x11D99, 0x11D9F}, {0x11DAA, 0x11EDF},
    {0x11EF9, 0x11FAF}, {0x11FB1, 0x11FBF}, {0x11FF2, 0x11FFE}, {0x1239A, 0x123FF},
    {0x1246F, 0x1246F}, {0x12475, 0x1247F}, {0x12544, 0x12F8F}, {0x12FF3, 0x12FFF},
    {0x1342F, 0x143FF}, {0x14647, 0x167FF}, {0x16A39, 0x16A3F}, {0x16A5F, 0x16A5F},
    {0x16A6A, 0x16A6D}, {0x16ABF, 0x16ABF}, {0x16ACA, 0x16ACF}, {0x16AEE, 0x16AEF},
    {0x16AF6, 0x16AFF}, {0x16B46, 0x16B4F}, {0x16B5A, 0x16B5A}, {0x16B62, 0x16B62},
    {0x16B78, 0x16B7C}, {0x16B90, 0x16E3F}, {0x16E9B, 0x16EFF}, {0x16F4B, 0x16F4E},
    {0x16F88, 0x16F8E}, {0x16FA0, 0x16FDF}, {0x16FE5, 0x16FEF}, {0x16FF2, 0x16FFF},
    {0x187F8, 0x187FF}, {0x18CD6, 0x18CFF}, {0x18D09, 0x1AFEF}, {0x1AFF4, 0x1AFF4},
    {0x1AFFC, 0x1AFFC}, {0x1AFFF, 0x1AFFF}, {0x1B123, 0x1B14F}, {0x1B153, 0x1B163},
    {0x1B168, 0x1B16F}, {0x1B2FC, 0x1BBFF}, {0x1BC6B, 0x1BC6F}, {0x1BC7D, 0x1BC7F},
    {0x1BC89, 0x1BC8F}, {0x1BC9A, 0x1BC9B}, {0x1BCA0, 0x1CEFF}, {0x1CF2E, 0x1CF2F},
    {0x1CF47, 0x1CF4F}, {0x1CFC4, 0x1CFFF}, {0x1D0F6, 0x1D0FF}, {0x1D127, 0x1D128},
    {0x1D173, 0x1D17A}, {0x1D1EB, 0x1D1FF}, {0x1D246, 0x1D2DF}, {0x1D2F4, 0x1D2FF},
    {0x1D357, 0x1D35F}, {0x1D379, 0x1D3FF}, {0x1D455, 0x1D455}, {0x1D49D, 0x1D49D},
    {0x1D4A0, 0x1D4A1}, {0x1D4A3, 0x1D4A4}, {0x1D4A7, 0x1D4A8}, {0x1D4AD, 0x1D4AD},
    {0x1D4BA, 0x1D4BA}, {0x1D4BC, 0x1D4BC}, {0x1D4C4, 0x1D4C4}, {0x1D506, 0x1D506},
    {0x1D50B, 0x1D50C}, {0x1D515, 0x1D515}, {0x1D51D, 0x1D51D}, {0x1D53A, 0x1D53A},
    {0x1D53F, 0x1D53F}, {0x1D545, 0x1D545}, {0x1D547, 0x1D549}, {0x1D551, 0x1D551},
    {0x1D6A6, 0x1D6A7}, {0x1D7CC, 0x1D7CD}, {0x1DA8C, 0x1DA9A}, {0x1DAA0, 0x1DAA0},
    {0x1DAB0, 0x1DEFF}, {0x1DF1F, 0x1DFFF}, {0x1E007, 0x1E007}, {0x1E019, 0x1E01A},
    {0x1E022, 0x1E022}, {0x1E025, 0x1E025}, {0x1E02B, 0x1E0FF}, {0x1E12D, 0x1E12F},
    {0x1E13E, 0x1E13F}, {0x1E14A, 0x1E14D}, {0x1E150, 0x1E28F}, {0x1E2AF, 0x1E2BF},
    {0x1E2FA, 0x1E2FE}, {0x1E300, 0x1E7DF}, {0x1E7E7, 0x1E7E7}, {0x1E7EC, 0x1E7EC},
    {0x1E7EF, 0x1E7EF}, {0x1E7FF, 0x1E7FF}, {0x1E8C5, 0x1E8C6}, {0x1E8D7, 0x1E8FF},
    {0x1E94C, 0x1E94F}, {0x1E95A, 0x1E95D}, {0x1E960, 0x1EC70}, {0x1ECB5, 0x1ED00},
    {0x1ED3E, 0x1EDFF}, {0x1EE04, 0x1EE04}, {0x1EE20, 0x1EE20}, {0x1EE23, 0x1EE23},
    {0x1EE25, 0x1EE26}, {0x1EE28, 0x1EE28}, {0x1EE33, 0x1EE33}, {0x1EE38, 0x1EE38},
    {0x1EE3A, 0x1EE3A}, {0x1EE3C, 0x1EE41}, {0x1EE43, 0x1EE46}, {0x1EE48, 0x1EE48},
    {0x1EE4A, 0x1EE4A}, {0x1EE4C, 0x1EE4C}, {0x1EE50, 0x1EE50}, {0x1EE53, 0x1EE53},
    {0x1EE55, 0x1EE56}, {0x1EE58, 0x1EE58}, {0x1EE5A, 0x1EE5A}, {0x1EE5C, 0x1EE5C},
    {0x1EE5E, 0x1EE5E}, {0x1EE60, 0x1EE60}, {0x1EE63, 0x1EE63}, {0x1EE65, 0x1EE66},
    {0x1EE6B, 0x1EE6B}, {0x1EE73, 0x1EE73}, {0x1EE78, 0x1EE78}, {0x1EE7D, 0x1EE7D},
    {0x1EE7F, 0x1EE7F}, {0x1EE8A, 0x1EE8A}, {0x1EE9C, 0x1EEA0}, {0x1EEA4, 0x1EEA4},
    {0x1EEAA, 0x1EEAA}, {0x1EEBC, 0x1EEEF}, {0x1EEF2, 0x1EFFF}, {0x1F02C, 0x1F02F},
    {0x1F094, 0x1F09F}, {0x1F0AF, 0x1F0B0}, {0x1F0C0, 0x1F0C0}, {0x1F0D0, 0x1F0D0},
    {0x1F0F6, 0x1F0FF}, {0x1F1AE, 0x1F1E5}, {0x1F203, 0x1F20F}, {0x1F23C, 0x1F23F},
    {0x1F249, 0x1F24F}, {0x1F252, 0x1F25F}, {0x1F266, 0x1F2FF}, {0x1F6D8, 0x1F6DC},
    {0x1F6ED, 0x1F6EF}, {0x1F6FD, 0x1F6FF}, {0x1F774, 0x1F77F}, {0x1F7D9, 0x1F7DF},
    {0x1F7EC, 0x1F7EF}, {0x1F7F1, 0x1F7FF}, {0x1F80C, 0x1F80F}, {0x1F848, 0x1F84F},
    {0x1F85A, 0x1F85F}, {0x1F888, 0x1F88F}, {0x1F8AE, 0x1F8AF}, {0x1F8B2, 0x1F8FF},
    {0x1FA54, 0x1FA5F}, {0x1FA6E, 0x1FA6F}, {0x1FA75, 0x1FA77}, {0x1FA7D, 0x1FA7F},
    {0x1FA87, 0x1FA8F}, {0x1FAAD, 0x1FAAF}, {0x1FABB, 0x1FABF}, {0x1FAC6, 0x1FACF},
    {0x1FADA, 0x1FADF}, {0x1FAE8, 0x1FAEF}, {0x1FAF7, 0x1FAFF}, {0x1FB93, 0x1FB93},
    {0x1FBCB, 0x1FBEF}, {0x1FBFA, 0x1FFFF}, {0x2A6E0, 0x2A6FF}, {0x2B739, 0x2B73F},
    {0x2B81E, 0x2B81F}, {0x2CEA2, 0x2CEAF}, {0x2EBE1, 0x2F7FF}, {0x2FA1E, 0x2FFFF},
    {0x3134B, 0xE00FF}, {0xE01F0, 0x10FFFF},
};
// First code point (digit zero) of each run of ten Unicode decimal digits (str.isdecimal()).
constexpr char32_t kDecimalZeros[] = {
    0x30, 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66, 0xDE6,
    0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90, 0x1B50,
    0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10, 0x104A0,
    0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650, 0x116C0,
    0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0, 0x16B50, 0x1D7CE,
    0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
};

// Anything longer than this would need a string of hundreds of megabytes: CPython would try to
// allocate it; looplab reports MemoryError straight away.
constexpr int64_t kMaxFieldSize = int64_t{1} << 28;

[[noreturn]] void raise(const char* type, std::string message) { throw FormatError(type, std::move(message)); }

[[noreturn]] void raise_memory() { raise("MemoryError", ""); }

std::string hex_lower(uint32_t v) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%x", static_cast<unsigned>(v));
  return buf;
}

int decimal_value(char32_t c) {
  if (c >= U'0' && c <= U'9') return static_cast<int>(c - U'0');
  if (c < 0x660) return -1;
  const auto* end = std::end(kDecimalZeros);
  const auto* it = std::upper_bound(std::begin(kDecimalZeros), end, c);
  if (it == std::begin(kDecimalZeros)) return -1;
  char32_t zero = *(it - 1);
  return c - zero < 10 ? static_cast<int>(c - zero) : -1;
}

std::string repeat(char32_t c, int64_t n) {
  std::string out;
  if (n <= 0) return out;
  if (c < 0x80) return std::string(static_cast<std::size_t>(n), static_cast<char>(c));
  std::string one;
  utf8_append(one, c);
  out.reserve(one.size() * static_cast<std::size_t>(n));
  for (int64_t i = 0; i < n; ++i) out += one;
  return out;
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// Messages
// ---------------------------------------------------------------------------------------------
namespace msg {
std::string unsupported_format_character(char32_t ch, std::size_t index) {
  std::string out = "unsupported format character '";
  out += (ch >= 31 && ch <= 126) ? static_cast<char>(ch) : '?';
  out += "' (0x" + hex_lower(ch) + ") at index " + std::to_string(index);
  return out;
}
std::string percent_number_required(char32_t type, std::string_view type_name) {
  std::string out = "%";
  utf8_append(out, type);
  out += (type == U'o' || type == U'x' || type == U'X') ? " format: an integer is required, not "
                                                         : " format: a real number is required, not ";
  out += type_name;
  return out;
}
std::string must_be_real_number(std::string_view type_name) {
  return "must be real number, not " + std::string(type_name);
}
std::string unsupported_format_string(std::string_view type_name) {
  return "unsupported format string passed to " + std::string(type_name) + ".__format__";
}
std::string int_max_str_digits_exceeded(int limit) {
  return "Exceeds the limit (" + std::to_string(limit) +
         " digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit";
}
}  // namespace msg

// ---------------------------------------------------------------------------------------------
// UTF-8
// ---------------------------------------------------------------------------------------------
std::u32string utf8_decode(std::string_view s) {
  std::u32string out;
  out.reserve(s.size());
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  std::size_t n = s.size(), i = 0;
  auto cont = [&](std::size_t k) { return i + k < n && (p[i + k] & 0xC0) == 0x80; };
  while (i < n) {
    unsigned char b = p[i];
    if (b < 0x80) {
      out += static_cast<char32_t>(b);
      i += 1;
    } else if (b >= 0xC2 && b <= 0xDF && cont(1)) {
      out += static_cast<char32_t>(((b & 0x1F) << 6) | (p[i + 1] & 0x3F));
      i += 2;
    } else if (b >= 0xE0 && b <= 0xEF && cont(1) && cont(2) && (b != 0xE0 || p[i + 1] >= 0xA0)) {
      out += static_cast<char32_t>(((b & 0x0F) << 12) | ((p[i + 1] & 0x3F) << 6) | (p[i + 2] & 0x3F));
      i += 3;
    } else if (b >= 0xF0 && b <= 0xF4 && cont(1) && cont(2) && cont(3) && (b != 0xF0 || p[i + 1] >= 0x90) &&
               (b != 0xF4 || p[i + 1] <= 0x8F)) {
      out += static_cast<char32_t>(((b & 0x07) << 18) | ((p[i + 1] & 0x3F) << 12) | ((p[i + 2] & 0x3F) << 6) |
                                   (p[i + 3] & 0x3F));
      i += 4;
    } else {
      out += U'\uFFFD';
      i += 1;
    }
  }
  return out;
}

void utf8_append(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp <= 0x10FFFF) {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    utf8_append(out, U'\uFFFD');
  }
}

std::string utf8_encode(std::u32string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char32_t c : s) utf8_append(out, c);
  return out;
}

std::size_t utf8_length(std::string_view s) {
  bool ascii = std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  return ascii ? s.size() : utf8_decode(s).size();
}

bool is_printable(char32_t cp) {
  if (cp >= 0x20 && cp < 0x7F) return true;
  if (cp > 0x10FFFF) return false;
  const auto* it = std::upper_bound(std::begin(kNonPrintable), std::end(kNonPrintable), cp,
                                    [](char32_t v, const std::pair<char32_t, char32_t>& r) { return v < r.first; });
  if (it == std::begin(kNonPrintable)) return true;
  --it;
  return !(cp >= it->first && cp <= it->second);
}

// ---------------------------------------------------------------------------------------------
// Float to text: PyOS_double_to_string / format_float_short
// ---------------------------------------------------------------------------------------------
namespace {

// What dtoa.c's _Py_dg_dtoa returns: digits without trailing zeros, decimal point position.
struct Digits {
  bool negative = false;
  bool inf = false;
  bool nan = false;
  std::string digits;  // "" only for mode 3 results that round to zero
  int64_t decpt = 0;   // value = 0.digits * 10**decpt
};

void strip_trailing_zeros(Digits& d) {
  while (!d.digits.empty() && d.digits.back() == '0') d.digits.pop_back();
  if (d.digits.empty()) {
    d.digits = "0";
    d.decpt = 1;
  }
}

// mode 0: shortest string that round-trips.
Digits dtoa_shortest(double x) {
  Digits d;
  d.negative = std::signbit(x);
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof buf, std::fabs(x), std::chars_format::scientific);
  std::string_view s(buf, static_cast<std::size_t>(res.ptr - buf));
  std::size_t e = s.find('e');
  for (char c : s.substr(0, e))
    if (c != '.') d.digits += c;
  d.decpt = std::atoi(std::string(s.substr(e + 1)).c_str()) + 1;
  strip_trailing_zeros(d);
  return d;
}

std::string snprintf_double(const char* fmt, int precision, double x) {
  int n = std::snprintf(nullptr, 0, fmt, precision, x);
  std::string out(static_cast<std::size_t>(n) + 1, '\0');
  std::snprintf(out.data(), out.size(), fmt, precision, x);
  out.resize(static_cast<std::size_t>(n));
  return out;
}

// mode 2: `ndigits` significant digits, correctly rounded (glibc printf is exact, ties to even).
Digits dtoa_significant(double x, int64_t ndigits) {
  Digits d;
  d.negative = std::signbit(x);
  std::string s = snprintf_double("%.*e", static_cast<int>(ndigits - 1), std::fabs(x));
  std::size_t e = s.find('e');
  for (char c : std::string_view(s).substr(0, e))
    if (c != '.') d.digits += c;
  d.decpt = std::atoi(s.c_str() + e + 1) + 1;
  strip_trailing_zeros(d);
  return d;
}

// mode 3: `ndigits` digits after the decimal point, correctly rounded.
Digits dtoa_fixed(double x, int64_t ndigits) {
  Digits d;
  d.negative = std::signbit(x);
  std::string s = snprintf_double("%.*f", static_cast<int>(ndigits), std::fabs(x));
  std::size_t dot = s.find('.');
  std::string intpart = s.substr(0, dot);
  std::string frac = dot == std::string::npos ? std::string() : s.substr(dot + 1);
  std::string all = intpart + frac;
  std::size_t first = all.find_first_not_of('0');
  if (first == std::string::npos) {
    d.digits = "0";
    d.decpt = 1;
    return d;
  }
  d.digits = all.substr(first);
  d.decpt = static_cast<int64_t>(intpart.size()) - static_cast<int64_t>(first);
  while (d.digits.back() == '0') d.digits.pop_back();
  return d;
}

// Port of format_float_short. format_code is 'e', 'f', 'g' or 'r'; mode 0, 2 or 3.
std::string format_float_short(double x, char format_code, int mode, int64_t precision, bool always_add_sign,
                               bool add_dot_0_if_integer, bool use_alt_formatting, bool no_negative_zero,
                               bool upper) {
  std::string out;
  if (std::isnan(x) || std::isinf(x)) {
    bool sign = std::isinf(x) && x < 0;
    if (sign)
      out += '-';
    else if (always_add_sign)
      out += '+';
    if (std::isinf(x))
      out += upper ? "INF" : "inf";
    else
      out += upper ? "NAN" : "nan";
    return out;
  }
  Digits dg = mode == 0 ? dtoa_shortest(x) : mode == 2 ? dtoa_significant(x, precision) : dtoa_fixed(x, precision);
  bool sign = dg.negative;
  const std::string& digits = dg.digits;
  int64_t digits_len = static_cast<int64_t>(digits.size());
  if (no_negative_zero && sign && (digits_len == 0 || (digits_len == 1 && digits[0] == '0'))) sign = false;
  int64_t decpt = dg.decpt;
  int64_t vdigits_end = digits_len;
  bool use_exp = false;
  int64_t exp = 0;
  switch (format_code) {
    case 'e':
      use_exp = true;
      vdigits_end = precision;
      break;
    case 'f':
      vdigits_end = decpt + precision;
      break;
    case 'g':
      if (decpt <= -4 || decpt > (add_dot_0_if_integer ? precision - 1 : precision)) use_exp = true;
      if (use_alt_formatting) vdigits_end = precision;
      break;
    default:  // 'r'
      if (decpt <= -4 || decpt > 16) use_exp = true;
      break;
  }
  if (use_exp) {
    exp = decpt - 1;
    decpt = 1;
  }
  int64_t vdigits_start = decpt <= 0 ? decpt - 1 : 0;
  if (!use_exp && add_dot_0_if_integer)
    vdigits_end = vdigits_end > decpt ? vdigits_end : decpt + 1;
  else
    vdigits_end = vdigits_end > decpt ? vdigits_end : decpt;
  if (vdigits_end - vdigits_start > kMaxFieldSize) raise_memory();

  if (sign)
    out += '-';
  else if (always_add_sign)
    out += '+';
  if (decpt <= 0) {
    out.append(static_cast<std::size_t>(decpt - vdigits_start), '0');
    out += '.';
    out.append(static_cast<std::size_t>(-decpt), '0');
  } else {
    out.append(static_cast<std::size_t>(-vdigits_start), '0');
  }
  if (0 < decpt && decpt <= digits_len) {
    out.append(digits, 0, static_cast<std::size_t>(decpt));
    out += '.';
    out.append(digits, static_cast<std::size_t>(decpt));
  } else {
    out += digits;
  }
  if (digits_len < decpt) {
    out.append(static_cast<std::size_t>(decpt - digits_len), '0');
    out += '.';
    out.append(static_cast<std::size_t>(vdigits_end - decpt), '0');
  } else {
    out.append(static_cast<std::size_t>(vdigits_end - digits_len), '0');
  }
  if (out.back() == '.' && !use_alt_formatting) out.pop_back();
  if (use_exp) {
    out += upper ? 'E' : 'e';
    char buf[32];
    std::snprintf(buf, sizeof buf, "%+.02lld", static_cast<long long>(exp));
    out += buf;
  }
  return out;
}

// Port of PyOS_double_to_string. format_code: e E f F g G r.
std::string double_to_string(double x, char format_code, int64_t precision, bool add_sign, bool add_dot_0, bool alt,
                             bool no_neg_0) {
  bool upper = false;
  int mode = 0;
  switch (format_code) {
    case 'E':
      upper = true;
      format_code = 'e';
      [[fallthrough]];
    case 'e':
      mode = 2;
      precision++;
      break;
    case 'F':
      upper = true;
      format_code = 'f';
      [[fallthrough]];
    case 'f':
      mode = 3;
      break;
    case 'G':
      upper = true;
      format_code = 'g';
      [[fallthrough]];
    case 'g':
      mode = 2;
      if (precision == 0) precision = 1;
      break;
    default:  // 'r'
      mode = 0;
      break;
  }
  if (precision > kMaxFieldSize) raise_memory();
  return format_float_short(x, format_code, mode, precision, add_sign, add_dot_0, alt, no_neg_0, upper);
}

}  // namespace

std::string float_repr(double x) { return double_to_string(x, 'r', 0, false, true, false, false); }

// ---------------------------------------------------------------------------------------------
// Ints as text
// ---------------------------------------------------------------------------------------------
namespace {
std::atomic<int> g_int_max_str_digits{4300};

std::string mpz_digits(const mpz_class& v, int base) {
  std::string s(mpz_sizeinbase(v.get_mpz_t(), base) + 2, '\0');
  mpz_get_str(s.data(), base, v.get_mpz_t());
  s.resize(std::strlen(s.c_str()));
  return s;
}
}  // namespace

void set_int_max_str_digits(int limit) { g_int_max_str_digits = limit; }
int int_max_str_digits() { return g_int_max_str_digits; }

std::string int_to_string(const mpz_class& v, int base) {
  if (base < 2 || base > 36) raise("ValueError", "int() base must be >= 2 and <= 36, or 0");
  if (base == 10) {
    int limit = g_int_max_str_digits;
    if (limit > 0) {
      // mpz_sizeinbase is exact or one too big.
      std::size_t upper = mpz_sizeinbase(v.get_mpz_t(), 10);
      if (upper - 1 > static_cast<std::size_t>(limit)) raise("ValueError", msg::int_max_str_digits_exceeded(limit));
      std::string s = mpz_digits(v, 10);
      std::size_t n = s.size() - (s[0] == '-' ? 1 : 0);
      if (n > static_cast<std::size_t>(limit)) raise("ValueError", msg::int_max_str_digits_exceeded(limit));
      return s;
    }
  }
  return mpz_digits(v, base);
}

std::string int_to_string(int64_t v, int base) {
  if (base < 2 || base > 36) raise("ValueError", "int() base must be >= 2 and <= 36, or 0");
  char buf[80];
  auto res = std::to_chars(buf, buf + sizeof buf, v, base);
  return std::string(buf, res.ptr);
}

std::string int_to_prefixed(const mpz_class& v, int base) {
  const char* prefix = base == 2 ? "0b" : base == 8 ? "0o" : base == 16 ? "0x" : "";
  std::string digits = int_to_string(v, base);
  if (!digits.empty() && digits[0] == '-') return "-" + std::string(prefix) + digits.substr(1);
  return prefix + digits;
}

// ---------------------------------------------------------------------------------------------
// The format-spec mini-language (Python/formatter_unicode.c)
// ---------------------------------------------------------------------------------------------
namespace {

bool is_alignment_token(char32_t c) { return c == U'<' || c == U'>' || c == U'=' || c == U'^'; }
bool is_sign_element(char32_t c) { return c == U' ' || c == U'+' || c == U'-'; }

// Returns the number of digits consumed; throws on overflow.
int64_t get_integer(const std::u32string& s, std::size_t& pos, int64_t& result) {
  int64_t acc = 0, numdigits = 0;
  for (; pos < s.size(); ++pos, ++numdigits) {
    int digit = decimal_value(s[pos]);
    if (digit < 0) break;
    if (acc > (INT64_MAX - digit) / 10) raise("ValueError", "Too many decimal digits in format string");
    acc = acc * 10 + digit;
  }
  result = acc;
  return numdigits;
}

std::string code_text(char32_t c) {
  if (c > 32 && c < 128) return std::string(1, static_cast<char>(c));
  return "\\x" + hex_lower(c);
}

[[noreturn]] void unknown_presentation_type(char32_t type, std::string_view type_name) {
  raise("ValueError", "Unknown format code '" + code_text(type) + "' for object of type '" + std::string(type_name) + "'");
}

}  // namespace

FormatSpec parse_format_spec(std::string_view spec_utf8, char32_t default_type, char32_t default_align,
                             std::string_view type_name) {
  std::u32string s = utf8_decode(spec_utf8);
  FormatSpec f;
  f.align = default_align;
  f.type = default_type;
  std::size_t pos = 0, end = s.size();
  bool fill_char_specified = false, align_specified = false;
  if (end - pos >= 2 && is_alignment_token(s[pos + 1])) {
    f.align = s[pos + 1];
    f.fill = s[pos];
    fill_char_specified = align_specified = true;
    pos += 2;
  } else if (end - pos >= 1 && is_alignment_token(s[pos])) {
    f.align = s[pos];
    align_specified = true;
    ++pos;
  }
  if (end - pos >= 1 && is_sign_element(s[pos])) f.sign = s[pos++];
  if (end - pos >= 1 && s[pos] == U'z') {
    f.no_neg_0 = true;
    ++pos;
  }
  if (end - pos >= 1 && s[pos] == U'#') {
    f.alternate = true;
    ++pos;
  }
  if (!fill_char_specified && end - pos >= 1 && s[pos] == U'0') {
    f.fill = U'0';
    if (!align_specified && default_align == U'>') f.align = U'=';
    ++pos;
  }
  if (get_integer(s, pos, f.width) == 0) f.width = -1;
  if (end - pos && s[pos] == U',') {
    f.grouping = ',';
    ++pos;
  }
  if (end - pos && s[pos] == U'_') {
    if (f.grouping) raise("ValueError", "Cannot specify both ',' and '_'.");
    f.grouping = '_';
    ++pos;
  }
  if (end - pos && s[pos] == U',' && f.grouping == '_') raise("ValueError", "Cannot specify both ',' and '_'.");
  if (end - pos && s[pos] == U'.') {
    ++pos;
    if (get_integer(s, pos, f.precision) == 0) raise("ValueError", "Format specifier missing precision");
  }
  if (end - pos > 1)
    raise("ValueError", "Invalid format specifier '" + std::string(spec_utf8) + "' for object of type '" +
                            std::string(type_name) + "'");
  if (end - pos == 1) f.type = s[pos++];
  if (f.grouping) {
    switch (f.type) {
      case U'd': case U'e': case U'f': case U'g': case U'E': case U'G': case U'%': case U'F': case 0:
        break;
      case U'b': case U'o': case U'x': case U'X':
        if (f.grouping == '_') {
          f.group_by_4 = true;
          break;
        }
        [[fallthrough]];
      default:
        raise("ValueError", std::string("Cannot specify '") + f.grouping + "' with '" + code_text(f.type) + "'.");
    }
  }
  return f;
}

namespace {

// A number split the way calc_number_widths sees it:
//   <sign><prefix><digits>[.<remainder>]   or, for 'c', just <remainder>.
struct NumberText {
  char sign_char = 0;     // '-' when the number is negative
  std::string prefix;     // "0x", "0X", "0o", "0b" (alternate form)
  std::string digits;     // integer digits, ASCII
  bool has_decimal = false;
  std::string remainder;  // after the decimal point (or exponent, "%", "inf", the 'c' char)
};

// Port of _PyUnicode_InsertThousandsGrouping (group_len 0 = the empty "no grouping" locale).
std::string group_digits(const std::string& digits, int64_t min_width, int group_len, char sep) {
  min_width = std::max<int64_t>(0, min_width);
  if (min_width > kMaxFieldSize) raise_memory();
  std::string rev;  // built right to left
  int64_t remaining = static_cast<int64_t>(digits.size());
  std::size_t digits_pos = digits.size();
  bool use_separator = false;
  bool loop_broken = false;
  auto fill = [&](int64_t n_chars, int64_t n_zeros) {
    if (use_separator) rev += sep;
    for (int64_t i = 0; i < n_chars; ++i) rev += digits[--digits_pos];
    rev.append(static_cast<std::size_t>(n_zeros), '0');
  };
  if (group_len > 0) {
    for (;;) {
      int64_t len = std::min<int64_t>(group_len, std::max<int64_t>(std::max(remaining, min_width), 1));
      int64_t n_zeros = std::max<int64_t>(0, len - remaining);
      int64_t n_chars = std::max<int64_t>(0, std::min(remaining, len));
      fill(n_chars, n_zeros);
      use_separator = true;
      remaining -= n_chars;
      min_width -= len;
      if (remaining <= 0 && min_width <= 0) {
        loop_broken = true;
        break;
      }
      min_width -= 1;  // the separator's length
    }
  }
  if (!loop_broken) {
    int64_t len = std::max<int64_t>(std::max(remaining, min_width), 1);
    int64_t n_zeros = std::max<int64_t>(0, len - remaining);
    int64_t n_chars = std::max<int64_t>(0, std::min(remaining, len));
    fill(n_chars, n_zeros);
  }
  std::reverse(rev.begin(), rev.end());
  return rev;
}

// Port of calc_number_widths + fill_number.
std::string fill_number(const FormatSpec& f, const NumberText& n, int group_len, char sep) {
  char sign = 0;
  if (f.sign == U'+')
    sign = n.sign_char == '-' ? '-' : '+';
  else if (f.sign == U' ')
    sign = n.sign_char == '-' ? '-' : ' ';
  else if (n.sign_char == '-')
    sign = '-';
  int64_t n_remainder = static_cast<int64_t>(utf8_length(n.remainder));
  int64_t n_non_digit = (sign ? 1 : 0) + static_cast<int64_t>(n.prefix.size()) + (n.has_decimal ? 1 : 0) + n_remainder;
  int64_t min_width = (f.fill == U'0' && f.align == U'=') ? f.width - n_non_digit : 0;
  std::string grouped = n.digits.empty() ? std::string() : group_digits(n.digits, min_width, group_len, sep);
  int64_t n_padding = f.width - (n_non_digit + static_cast<int64_t>(grouped.size()));
  int64_t lpad = 0, spad = 0, rpad = 0;
  if (n_padding > 0) {
    if (n_padding > kMaxFieldSize) raise_memory();
    switch (f.align) {
      case U'<': rpad = n_padding; break;
      case U'^': lpad = n_padding / 2; rpad = n_padding - lpad; break;
      case U'=': spad = n_padding; break;
      default: lpad = n_padding; break;
    }
  }
  std::string out = repeat(f.fill, lpad);
  if (sign) out += sign;
  out += n.prefix;
  out += repeat(f.fill, spad);
  out += grouped;
  if (n.has_decimal) out += '.';
  out += n.remainder;
  out += repeat(f.fill, rpad);
  return out;
}

// Splits CPython's formatted float text into sign, integer digits, decimal point and the rest.
NumberText split_float_text(const std::string& buf) {
  NumberText n;
  std::size_t i = 0;
  if (!buf.empty() && buf[0] == '-') {
    n.sign_char = '-';
    i = 1;
  }
  std::size_t j = i;
  while (j < buf.size() && buf[j] >= '0' && buf[j] <= '9') ++j;
  n.digits = buf.substr(i, j - i);
  if (j < buf.size() && buf[j] == '.') {
    n.has_decimal = true;
    ++j;
  }
  n.remainder = buf.substr(j);
  return n;
}

// Port of format_float_internal.
std::string format_float_internal(double val, const FormatSpec& f) {
  if (f.precision > INT_MAX) raise("ValueError", "precision too big");
  int64_t precision = f.precision, default_precision = 6;
  char32_t type = f.type;
  bool add_dot_0 = false, add_pct = false;
  if (type == 0) {
    add_dot_0 = true;
    type = U'r';
    default_precision = 0;
  }
  if (type == U'n') type = U'g';
  if (type == U'%') {
    type = U'f';
    val *= 100;
    add_pct = true;
  }
  if (precision < 0)
    precision = default_precision;
  else if (type == U'r')
    type = U'g';
  std::string buf = double_to_string(val, static_cast<char>(type), precision, false, add_dot_0, f.alternate, f.no_neg_0);
  if (add_pct) buf += '%';
  NumberText n = split_float_text(buf);
  bool locale_n = f.type == U'n';
  return fill_number(f, n, (f.grouping && !locale_n) ? 3 : 0, f.grouping);
}

// Port of format_long_internal.
std::string format_long_internal(const mpz_class& v, const FormatSpec& f) {
  if (f.precision != -1) raise("ValueError", "Precision not allowed in integer format specifier");
  if (f.no_neg_0) raise("ValueError", "Negative zero coercion (z) not allowed in integer format specifier");
  NumberText n;
  if (f.type == U'c') {
    if (f.sign) raise("ValueError", "Sign not allowed with integer format specifier 'c'");
    if (f.alternate) raise("ValueError", "Alternate form (#) not allowed with integer format specifier 'c'");
    if (!v.fits_slong_p()) raise("OverflowError", msg::kIntTooLargeForCLong);
    long x = v.get_si();
    if (x < 0 || x > 0x10FFFF) raise("OverflowError", msg::kCharArgNotInRange);
    utf8_append(n.remainder, static_cast<char32_t>(x));
    return fill_number(f, n, 0, 0);
  }
  int base = 10;
  const char* prefix = "";
  switch (f.type) {
    case U'b': base = 2; prefix = "0b"; break;
    case U'o': base = 8; prefix = "0o"; break;
    case U'x': base = 16; prefix = "0x"; break;
    case U'X': base = 16; prefix = "0X"; break;
    default: break;
  }
  std::string s = int_to_string(v, base);
  if (s[0] == '-') {
    n.sign_char = '-';
    s.erase(0, 1);
  }
  if (f.type == U'X')
    for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  if (f.alternate) n.prefix = prefix;
  n.digits = std::move(s);
  int group_len = 0;
  if (f.grouping && f.type != U'n') group_len = f.group_by_4 ? 4 : 3;
  return fill_number(f, n, group_len, f.grouping);
}

}  // namespace

std::string format_int(const mpz_class& v, std::string_view spec, std::string_view type_name) {
  if (spec.empty()) return int_to_string(v, 10);
  FormatSpec f = parse_format_spec(spec, U'd', U'>', type_name);
  switch (f.type) {
    case U'b': case U'c': case U'd': case U'o': case U'x': case U'X': case U'n':
      return format_long_internal(v, f);
    case U'e': case U'E': case U'f': case U'F': case U'g': case U'G': case U'%':
      return format_float_internal(int_to_double(v), f);
    default:
      unknown_presentation_type(f.type, type_name);
  }
}

std::string format_int(int64_t v, std::string_view spec, std::string_view type_name) {
  if (spec.empty()) return int_to_string(v, 10);
  return format_int(mpz_class(static_cast<long>(v)), spec, type_name);
}

std::string format_float(double x, std::string_view spec) {
  if (spec.empty()) return float_repr(x);
  FormatSpec f = parse_format_spec(spec, 0, U'>', "float");
  switch (f.type) {
    case 0: case U'e': case U'E': case U'f': case U'F': case U'g': case U'G': case U'n': case U'%':
      return format_float_internal(x, f);
    default:
      unknown_presentation_type(f.type, "float");
  }
}

std::string format_str(std::string_view s, std::string_view spec) {
  if (spec.empty()) return std::string(s);
  FormatSpec f = parse_format_spec(spec, U's', U'<', "str");
  if (f.type != U's') unknown_presentation_type(f.type, "str");
  // format_string_internal
  if (f.sign) {
    if (f.sign == U' ') raise("ValueError", "Space not allowed in string format specifier");
    raise("ValueError", "Sign not allowed in string format specifier");
  }
  if (f.no_neg_0) raise("ValueError", "Negative zero coercion (z) not allowed in string format specifier");
  if (f.alternate) raise("ValueError", "Alternate form (#) not allowed in string format specifier");
  if (f.align == U'=') raise("ValueError", "'=' alignment not allowed in string format specifier");
  std::u32string cps = utf8_decode(s);
  int64_t len = static_cast<int64_t>(cps.size());
  if ((f.width == -1 || f.width <= len) && (f.precision == -1 || f.precision >= len)) return std::string(s);
  if (f.precision >= 0 && len >= f.precision) len = f.precision;
  int64_t total = f.width >= 0 && f.width > len ? f.width : len;
  if (total > kMaxFieldSize) raise_memory();
  int64_t lpad = 0;
  if (f.align == U'>')
    lpad = total - len;
  else if (f.align == U'^')
    lpad = (total - len) / 2;
  int64_t rpad = total - len - lpad;
  std::string out = repeat(f.fill, lpad);
  out += utf8_encode(std::u32string_view(cps).substr(0, static_cast<std::size_t>(len)));
  out += repeat(f.fill, rpad);
  return out;
}

// ---------------------------------------------------------------------------------------------
// printf-style formatting (Objects/unicodeobject.c: PyUnicode_Format and helpers)
// ---------------------------------------------------------------------------------------------
std::size_t parse_percent_spec(std::u32string_view fmt, std::size_t pos0, PercentSpec& arg,
                               const std::function<void(std::string_view key)>& on_key,
                               const std::function<int64_t()>& star_value) {
  const auto len = static_cast<std::ptrdiff_t>(fmt.size());
  auto pos = static_cast<std::ptrdiff_t>(pos0);
  std::ptrdiff_t cnt = len - pos;  // characters left, as CPython's fmtcnt
  auto read = [&](std::ptrdiff_t p) -> char32_t { return p < len ? fmt[static_cast<std::size_t>(p)] : U'\0'; };
  auto next_star = [&]() -> int64_t {
    if (!star_value) raise("TypeError", msg::kNotEnoughArguments);
    return star_value();
  };
  char32_t ch = read(pos);
  if (ch == U'(') {
    int pcount = 1;
    ++pos;
    --cnt;
    std::ptrdiff_t keystart = pos;
    while (pcount > 0 && --cnt >= 0) {
      ch = read(pos);
      if (ch == U')')
        --pcount;
      else if (ch == U'(')
        ++pcount;
      pos++;
    }
    std::ptrdiff_t keylen = pos - keystart - 1;
    if (cnt < 0 || pcount > 0) raise("ValueError", msg::kIncompleteFormatKey);
    arg.has_key = true;
    arg.key = utf8_encode(fmt.substr(static_cast<std::size_t>(keystart), static_cast<std::size_t>(keylen)));
    if (on_key) on_key(arg.key);
  }
  while (--cnt >= 0) {
    ch = read(pos);
    pos++;
    if (ch == U'-') { arg.ljust = true; continue; }
    if (ch == U'+') { arg.plus = true; continue; }
    if (ch == U' ') { arg.blank = true; continue; }
    if (ch == U'#') { arg.alt = true; continue; }
    if (ch == U'0') { arg.zero = true; continue; }
    break;
  }
  if (ch == U'*') {
    int64_t w = next_star();
    if (w < 0) {
      arg.ljust = true;
      w = w == INT64_MIN ? INT64_MAX : -w;
    }
    arg.width = w;
    if (--cnt >= 0) {
      ch = read(pos);
      pos++;
    }
  } else if (ch >= U'0' && ch <= U'9') {
    arg.width = ch - U'0';
    while (--cnt >= 0) {
      ch = read(pos);
      pos++;
      if (ch < U'0' || ch > U'9') break;
      int digit = static_cast<int>(ch - U'0');
      if (arg.width > (INT64_MAX - digit) / 10) raise("ValueError", msg::kWidthTooBig);
      arg.width = arg.width * 10 + digit;
    }
  }
  if (ch == U'.') {
    arg.precision = 0;
    if (--cnt >= 0) {
      ch = read(pos);
      pos++;
    }
    if (ch == U'*') {
      int64_t p = next_star();
      if (p > INT_MAX || p < INT_MIN) raise("OverflowError", msg::kIntTooLargeForCInt);
      arg.precision = p < 0 ? 0 : static_cast<int>(p);
      if (--cnt >= 0) {
        ch = read(pos);
        pos++;
      }
    } else if (ch >= U'0' && ch <= U'9') {
      arg.precision = static_cast<int>(ch - U'0');
      while (--cnt >= 0) {
        ch = read(pos);
        pos++;
        if (ch < U'0' || ch > U'9') break;
        int digit = static_cast<int>(ch - U'0');
        if (arg.precision > (INT_MAX - digit) / 10) raise("ValueError", msg::kPrecisionTooBig);
        arg.precision = arg.precision * 10 + digit;
      }
    }
  }
  if (cnt >= 0) {
    if (ch == U'h' || ch == U'l' || ch == U'L') {
      if (--cnt >= 0) {
        ch = read(pos);
        pos++;
      }
    }
  }
  if (cnt < 0) raise("ValueError", msg::kIncompleteFormat);
  arg.type = ch;
  arg.type_index = static_cast<std::size_t>(pos - 1);
  return static_cast<std::size_t>(pos);
}

std::string percent_format(std::string_view fmt_utf8, std::ptrdiff_t arglen, bool is_mapping,
                           const PercentCallbacks& cb) {
  const std::u32string fmt = utf8_decode(fmt_utf8);
  const bool dict = is_mapping && arglen < 0;
  std::ptrdiff_t argidx = arglen >= 0 ? 0 : -2;
  if (arglen < 0) arglen = -1;
  auto next_arg = [&]() -> std::ptrdiff_t {
    if (argidx < arglen) {
      argidx++;
      return arglen < 0 ? kCurrentObject : argidx - 1;
    }
    raise("TypeError", msg::kNotEnoughArguments);
  };
  auto on_key = [&](std::string_view key) {
    if (!dict) raise("TypeError", msg::kFormatRequiresMapping);
    if (cb.select_key) cb.select_key(key);
    arglen = -1;
    argidx = -2;
  };
  auto star = [&]() -> int64_t {
    std::ptrdiff_t a = next_arg();
    if (!cb.star_value) raise("TypeError", msg::kStarWantsInt);
    return cb.star_value(a);
  };
  std::string out;
  out.reserve(fmt_utf8.size());
  std::size_t pos = 0;
  while (pos < fmt.size()) {
    if (fmt[pos] != U'%') {
      std::size_t end = pos;
      while (end < fmt.size() && fmt[end] != U'%') utf8_append(out, fmt[end++]);
      pos = end;
      continue;
    }
    ++pos;
    if (pos < fmt.size() && fmt[pos] == U'%') {
      out += '%';
      ++pos;
      continue;
    }
    PercentSpec spec;
    pos = parse_percent_spec(fmt, pos, spec, on_key, star);
    std::ptrdiff_t a = next_arg();
    switch (spec.type) {
      case U's': case U'r': case U'a': case U'c':
      case U'd': case U'i': case U'u': case U'o': case U'x': case U'X':
      case U'e': case U'E': case U'f': case U'F': case U'g': case U'G':
        break;
      default:
        raise("ValueError", msg::unsupported_format_character(spec.type, spec.type_index));
    }
    if (cb.render) out += cb.render(spec, a);
    if (dict && argidx < arglen) raise("TypeError", msg::kNotAllConverted);
  }
  if (argidx < arglen && !dict) raise("TypeError", msg::kNotAllConverted);
  return out;
}

namespace {

// Port of unicode_format_arg_output. `sign` is true for the numeric conversions.
std::string percent_output(const PercentSpec& arg, const std::u32string& str, bool sign) {
  char32_t fill = (sign && arg.zero) ? U'0' : U' ';
  auto len = static_cast<int64_t>(str.size());
  int64_t width = arg.width;
  if ((width == -1 || width <= len) && (arg.precision == -1 || arg.precision >= len) && !(arg.plus || arg.blank))
    return utf8_encode(str);
  if (width > kMaxFieldSize) raise_memory();
  if (arg.type == U's' || arg.type == U'r' || arg.type == U'a') {
    if (arg.precision >= 0 && len > arg.precision) len = arg.precision;
  }
  std::size_t pindex = 0;
  char32_t signchar = 0;
  if (sign) {
    char32_t ch = str.empty() ? U'\0' : str[0];
    if (ch == U'-' || ch == U'+') {
      signchar = ch;
      len--;
      pindex++;
    } else if (arg.plus) {
      signchar = U'+';
    } else if (arg.blank) {
      signchar = U' ';
    } else {
      sign = false;
    }
  }
  if (width < len) width = len;
  std::string out;
  if (sign) {
    if (fill != U' ') utf8_append(out, signchar);
    if (width > len) width--;
  }
  bool prefix = arg.alt && (arg.type == U'x' || arg.type == U'X' || arg.type == U'o');
  if (prefix) {
    if (fill != U' ') {
      out += '0';
      utf8_append(out, arg.type);
      pindex += 2;
    }
    width -= 2;
    if (width < 0) width = 0;
    len -= 2;
  }
  if (width > len && !arg.ljust) {
    out += repeat(fill, width - len);
    width = len;
  }
  if (fill == U' ') {
    if (sign) utf8_append(out, signchar);
    if (prefix) {
      out += '0';
      utf8_append(out, arg.type);
      pindex += 2;
    }
  }
  if (len > 0) out += utf8_encode(std::u32string_view(str).substr(pindex, static_cast<std::size_t>(len)));
  if (width > len) out += repeat(U' ', width - len);
  return out;
}

std::u32string ascii_to_u32(const std::string& s) { return std::u32string(s.begin(), s.end()); }

}  // namespace

std::string render_percent_int(const PercentSpec& arg, const mpz_class& v) {
  // _PyUnicode_FormatLong
  if (arg.precision > INT_MAX - 3) raise("OverflowError", "precision too large");
  int base = 10;
  if (arg.type == U'o') base = 8;
  if (arg.type == U'x' || arg.type == U'X') base = 16;
  std::string digits = int_to_string(v, base);
  std::string sign;
  if (digits[0] == '-') {
    sign = "-";
    digits.erase(0, 1);
  }
  if (arg.precision > static_cast<int>(digits.size())) {
    if (arg.precision > kMaxFieldSize) raise_memory();
    digits.insert(0, static_cast<std::size_t>(arg.precision) - digits.size(), '0');
  }
  std::string prefix;
  if (arg.alt && base != 10) prefix = base == 8 ? "0o" : "0x";
  std::string s = sign + prefix + digits;
  if (arg.type == U'X')
    for (char& c : s)
      if (c >= 'a' && c <= 'x') c = static_cast<char>(c - 'a' + 'A');
  return percent_output(arg, ascii_to_u32(s), true);
}

std::string render_percent_float(const PercentSpec& arg, double x) {
  int prec = arg.precision < 0 ? 6 : arg.precision;
  std::string s = double_to_string(x, static_cast<char>(arg.type), prec, false, false, arg.alt, false);
  return percent_output(arg, ascii_to_u32(s), true);
}

std::string render_percent_str(const PercentSpec& arg, std::string_view text) {
  return percent_output(arg, utf8_decode(text), false);
}

std::string render_percent_char(const PercentSpec& arg, char32_t ch) {
  return percent_output(arg, std::u32string(1, ch), false);
}

char32_t percent_char_from_int(const mpz_class& v) {
  if (sgn(v) < 0 || v > 0x10FFFF) raise("OverflowError", msg::kCharArgNotInRange);
  return static_cast<char32_t>(v.get_ui());
}

// ---------------------------------------------------------------------------------------------
// round()
// ---------------------------------------------------------------------------------------------
namespace {

// Nearest integer to num/den (den > 0), ties to even.
mpz_class div_round_half_even(const mpz_class& num, const mpz_class& den) {
  mpz_class q, r;
  mpz_fdiv_qr(q.get_mpz_t(), r.get_mpz_t(), num.get_mpz_t(), den.get_mpz_t());
  mpz_class twice = r * 2;
  int c = cmp(twice, den);
  if (c > 0 || (c == 0 && mpz_odd_p(q.get_mpz_t()))) q += 1;
  return q;
}

// |x| == mant * 2**exp2 exactly, mant a non-negative integer (x finite).
void decompose(double x, mpz_class& mant, long& exp2) {
  int e = 0;
  double m = std::frexp(std::fabs(x), &e);
  mant = mpz_class(std::ldexp(m, 53));
  exp2 = e - 53;
}

// The double nearest to (q + f) * 2**exp2 with 0 <= f < 1 (f > 0 iff inexact), ties to even,
// subnormals included. q must have at least 55 bits when inexact. Returns inf on overflow.
double make_double(const mpz_class& q, long exp2, bool inexact, bool negative) {
  if (q == 0) return negative ? -0.0 : 0.0;
  long nb = static_cast<long>(mpz_sizeinbase(q.get_mpz_t(), 2));
  long top = nb + exp2;  // q * 2**exp2 is in [2**(top-1), 2**top)
  double result;
  if (top > 1025) {
    result = HUGE_VAL;
  } else {
    long p = top - 1 >= -1022 ? 53 : top + 1074;  // significant bits the result can keep
    long drop = nb - p;
    if (drop <= 0) {
      result = std::ldexp(q.get_d(), static_cast<int>(exp2));  // exact (q < 2**53)
    } else {
      mpz_class m = q >> static_cast<mp_bitcnt_t>(drop);
      mpz_class rem = q - (m << static_cast<mp_bitcnt_t>(drop));
      mpz_class half = mpz_class(1) << static_cast<mp_bitcnt_t>(drop - 1);
      int c = cmp(rem, half);
      if (c > 0 || (c == 0 && (inexact || mpz_odd_p(m.get_mpz_t())))) m += 1;
      result = std::ldexp(m.get_d(), static_cast<int>(exp2 + drop));  // exact unless it overflows
    }
  }
  return negative ? -result : result;
}

}  // namespace

double round_half_even(double x, int64_t ndigits) {
  if (!std::isfinite(x)) return x;
  constexpr int64_t kNdigitsMax = 323;   // (DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103
  constexpr int64_t kNdigitsMin = -308;  // -(DBL_MAX_EXP + 1) * 0.30103
  if (ndigits > kNdigitsMax) return x;
  if (ndigits < kNdigitsMin) return 0.0 * x;
  // double_round: round to a decimal string with dtoa mode 3, then back with strtod.
  mpz_class mant;
  long exp2 = 0;
  decompose(x, mant, exp2);
  mpz_class num = mant, den = 1, p10;
  mpz_ui_pow_ui(p10.get_mpz_t(), 10, static_cast<unsigned long>(ndigits >= 0 ? ndigits : -ndigits));
  if (ndigits >= 0)
    num *= p10;
  else
    den = p10;
  if (exp2 >= 0)
    num <<= static_cast<mp_bitcnt_t>(exp2);
  else
    den <<= static_cast<mp_bitcnt_t>(-exp2);
  mpz_class n = div_round_half_even(num, den);
  std::string text = std::signbit(x) ? "-" : "";
  text += mpz_digits(n, 10);
  text += "e" + std::to_string(-ndigits);
  errno = 0;
  double rounded = std::strtod(text.c_str(), nullptr);
  if (errno == ERANGE && std::fabs(rounded) >= 1.) raise("OverflowError", msg::kRoundedTooLarge);
  return rounded;
}

double round_to_integral(double x) {
  double rounded = std::round(x);
  if (std::fabs(x - rounded) == 0.5) rounded = 2.0 * std::round(x / 2.0);
  return rounded;
}

mpz_class round_int(const mpz_class& v, int64_t ndigits) {
  if (ndigits >= 0) return v;
  uint64_t k = static_cast<uint64_t>(-(ndigits + 1)) + 1;
  // |v| < 10**(k-1) <= 10**k / 2 rounds to 0; mpz_sizeinbase may be one too big.
  if (k > mpz_sizeinbase(v.get_mpz_t(), 10) + 1) return 0;
  mpz_class p10;
  mpz_ui_pow_ui(p10.get_mpz_t(), 10, static_cast<unsigned long>(k));
  return div_round_half_even(v, p10) * p10;
}

// ---------------------------------------------------------------------------------------------
// Float arithmetic (Objects/floatobject.c) and int <-> float (Objects/longobject.c)
// ---------------------------------------------------------------------------------------------
namespace {
void float_div_mod(double vx, double wx, double* floordiv, double* mod) {
  double div;
  *mod = std::fmod(vx, wx);
  div = (vx - *mod) / wx;
  if (*mod) {
    if ((wx < 0) != (*mod < 0)) {
      *mod += wx;
      div -= 1.0;
    }
  } else {
    *mod = std::copysign(0.0, wx);
  }
  if (div) {
    *floordiv = std::floor(div);
    if (div - *floordiv > 0.5) *floordiv += 1.0;
  } else {
    *floordiv = std::copysign(0.0, vx / wx);
  }
}

bool is_odd_integer(double x) { return std::fmod(std::fabs(x), 2.0) == 1.0; }
}  // namespace

double py_fmod(double a, double b) {
  if (b == 0.0) raise("ZeroDivisionError", msg::kFloatModulo);
  double mod = std::fmod(a, b);
  if (mod) {
    if ((b < 0) != (mod < 0)) mod += b;
  } else {
    mod = std::copysign(0.0, b);
  }
  return mod;
}

double py_floordiv(double a, double b) {
  if (b == 0.0) raise("ZeroDivisionError", msg::kFloatFloorDivisionByZero);
  double div = 0, mod = 0;
  float_div_mod(a, b, &div, &mod);
  return div;
}

std::pair<double, double> py_divmod(double a, double b) {
  if (b == 0.0) raise("ZeroDivisionError", msg::kFloatDivmod);
  double div = 0, mod = 0;
  float_div_mod(a, b, &div, &mod);
  return {div, mod};
}

double py_truediv(double a, double b) {
  if (b == 0.0) raise("ZeroDivisionError", msg::kFloatDivisionByZero);
  return a / b;
}

double py_pow(double iv, double iw) {
  bool negate_result = false;
  if (iw == 0) return 1.0;
  if (std::isnan(iv)) return iv;
  if (std::isnan(iw)) return iv == 1.0 ? 1.0 : iw;
  if (std::isinf(iw)) {
    iv = std::fabs(iv);
    if (iv == 1.0) return 1.0;
    if ((iw > 0.0) == (iv > 1.0)) return std::fabs(iw);
    return 0.0;
  }
  if (std::isinf(iv)) {
    bool odd = is_odd_integer(iw);
    if (iw > 0.0) return odd ? iv : std::fabs(iv);
    return odd ? std::copysign(0.0, iv) : 0.0;
  }
  if (iv == 0.0) {
    bool odd = is_odd_integer(iw);
    if (iw < 0.0) raise("ZeroDivisionError", msg::kZeroNegativePower);
    return odd ? iv : 0.0;
  }
  if (iv < 0.0) {
    if (iw != std::floor(iw)) {
      // CPython returns a complex number, or raises when its modulus overflows.
      if (std::isinf(std::pow(-iv, iw))) raise("OverflowError", msg::kComplexExponentiation);
      raise("ValueError", msg::kComplexPower);
    }
    iv = -iv;
    negate_result = is_odd_integer(iw);
  }
  if (iv == 1.0) return negate_result ? -1.0 : 1.0;
  double ix = std::pow(iv, iw);
  if (std::isinf(ix)) raise("OverflowError", msg::kMathRangeError);
  return negate_result ? -ix : ix;
}

double int_to_double(const mpz_class& v) {
  mpz_class a = abs(v);
  double d = make_double(a, 0, false, sgn(v) < 0);
  if (std::isinf(d)) raise("OverflowError", msg::kIntTooLargeForFloat);
  return d;
}

double int_true_divide(const mpz_class& a, const mpz_class& b) {
  if (b == 0) raise("ZeroDivisionError", msg::kDivisionByZero);
  bool negative = (sgn(a) < 0) != (sgn(b) < 0);
  if (a == 0) return negative ? -0.0 : 0.0;
  mpz_class na = abs(a), nb = abs(b);
  long bits_a = static_cast<long>(mpz_sizeinbase(na.get_mpz_t(), 2));
  long bits_b = static_cast<long>(mpz_sizeinbase(nb.get_mpz_t(), 2));
  // Quotient of at least 56 bits: q = floor(na * 2**s / nb), value = (q + frac) * 2**-s.
  long s = 56 - (bits_a - bits_b) + 1;
  if (s >= 0)
    na <<= static_cast<mp_bitcnt_t>(s);
  else
    nb <<= static_cast<mp_bitcnt_t>(-s);
  mpz_class q, r;
  mpz_tdiv_qr(q.get_mpz_t(), r.get_mpz_t(), na.get_mpz_t(), nb.get_mpz_t());
  double d = make_double(q, -s, r != 0, negative);
  if (std::isinf(d)) raise("OverflowError", msg::kIntDivisionTooLarge);
  return d;
}

mpz_class float_to_int(double x) {
  if (std::isinf(x)) raise("OverflowError", msg::kFloatInfinityToInt);
  if (std::isnan(x)) raise("ValueError", msg::kFloatNanToInt);
  return mpz_class(std::trunc(x));
}

// ---------------------------------------------------------------------------------------------
// repr(str), ascii()
// ---------------------------------------------------------------------------------------------
namespace {
void append_escape(std::string& out, char32_t ch) {
  char buf[16];
  if (ch <= 0xFF)
    std::snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned>(ch));
  else if (ch <= 0xFFFF)
    std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(ch));
  else
    std::snprintf(buf, sizeof buf, "\\U%08x", static_cast<unsigned>(ch));
  out += buf;
}
}  // namespace

std::string str_repr(std::string_view utf8) {
  std::u32string s = utf8_decode(utf8);
  bool squote = false, dquote = false;
  for (char32_t c : s) {
    if (c == U'\'') squote = true;
    if (c == U'"') dquote = true;
  }
  char32_t quote = (squote && !dquote) ? U'"' : U'\'';
  std::string out;
  out.reserve(utf8.size() + 2);
  out += static_cast<char>(quote);
  for (char32_t ch : s) {
    if (ch == quote || ch == U'\\') {
      out += '\\';
      out += static_cast<char>(ch);
    } else if (ch == U'\t') {
      out += "\\t";
    } else if (ch == U'\n') {
      out += "\\n";
    } else if (ch == U'\r') {
      out += "\\r";
    } else if (ch < U' ' || ch == 0x7F) {
      append_escape(out, ch);
    } else if (ch < 0x7F) {
      out += static_cast<char>(ch);
    } else if (is_printable(ch)) {
      utf8_append(out, ch);
    } else {
      append_escape(out, ch);
    }
  }
  out += static_cast<char>(quote);
  return out;
}

std::string ascii_escape(std::string_view utf8) {
  std::string out;
  for (char32_t ch : utf8_decode(utf8)) {
    if (ch < 0x80)
      out += static_cast<char>(ch);
    else
      append_escape(out, ch);
  }
  return out;
}

}  // namespace looplab::pyformat
