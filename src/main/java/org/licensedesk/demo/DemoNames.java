package org.licensedesk.demo;

import java.util.List;
import org.licensedesk.domain.User;
import org.licensedesk.domain.UserRole;

/** Name pools for the demo data: the bureau's officials, Chinese cities, people and company names. */
final class DemoNames {

    /** The demo officials. Usernames are stable: passwords and tests refer to them. */
    static final List<User> OFFICIALS = List.of(
            new User("wang.fang", "Wang Fang", UserRole.REVIEWER, true),
            new User("li.na", "Li Na", UserRole.REVIEWER, true),
            new User("chen.jie", "Chen Jie", UserRole.REVIEWER, true),
            new User("zhao.lei", "Zhao Lei", UserRole.SUPERVISOR, true),
            new User("zhang.min", "Zhang Min", UserRole.SUPERVISOR, true));

    /**
     * A Chinese city an applicant can be registered in.
     *
     * @param divisionCode the six-digit administrative division code that USCCs carry in positions 3 to 8
     * @param areaCode     the telephone area code without the leading zero
     */
    record City(String name, String nameLocal, String province, String divisionCode, String areaCode,
                List<String> districts, List<String> streets) {
    }

    static final List<City> CITIES = List.of(
            new City("Ganzhou", "赣州", "Jiangxi", "360700", "797",
                    List.of("Zhanggong District", "Nankang District", "Longnan Economic Development Zone"),
                    List.of("Jinling Road", "Hongqi Avenue", "Changzheng Avenue")),
            new City("Baotou", "包头", "Inner Mongolia", "150200", "472",
                    List.of("Kundulun District", "Qingshan District", "Rare Earth High-Tech Zone"),
                    List.of("Huanghe Road", "Gangtie Avenue", "Xueyuan Road")),
            new City("Longyan", "龙岩", "Fujian", "350800", "597",
                    List.of("Xinluo District", "Changting Economic Development Zone"),
                    List.of("Longteng Road", "Huaxi Road", "Jiuyi Road")),
            new City("Ningbo", "宁波", "Zhejiang", "330200", "574",
                    List.of("Beilun District", "Yinzhou District", "Zhenhai District"),
                    List.of("Mingzhou Road", "Xinggang Road", "Huijiang Road")),
            new City("Xiamen", "厦门", "Fujian", "350200", "592",
                    List.of("Haicang District", "Huli District", "Xiang'an District"),
                    List.of("Xinyang Road", "Chenggong Avenue", "Huandao Road")),
            new City("Liangshan", "凉山", "Sichuan", "513400", "834",
                    List.of("Xichang", "Mianning County"),
                    List.of("Hangtian Avenue", "Changning Road")),
            new City("Leshan", "乐山", "Sichuan", "511100", "833",
                    List.of("Wutongqiao District", "Shizhong District"),
                    List.of("Jiazhou Avenue", "Binhe Road")),
            new City("Shanghai", "上海", "Shanghai", "310115", "21",
                    List.of("Pudong New Area", "Lingang Special Area", "Waigaoqiao Free Trade Zone"),
                    List.of("Zhangjiang Road", "Jufeng Road", "Huanhu West Road")),
            new City("Beijing", "北京", "Beijing", "110108", "10",
                    List.of("Haidian District", "Daxing District"),
                    List.of("Zhongguancun Street", "Kechuang 6th Street", "Xueqing Road")),
            new City("Tianjin", "天津", "Tianjin", "120116", "22",
                    List.of("Binhai New Area", "Dongli District"),
                    List.of("Huanghai Road", "Xinbei Road", "Haibin 5th Road")),
            new City("Shenzhen", "深圳", "Guangdong", "440300", "755",
                    List.of("Nanshan District", "Bao'an District", "Longgang District"),
                    List.of("Keyuan Road", "Qianhai Road", "Bantian Road")),
            new City("Guangzhou", "广州", "Guangdong", "440100", "20",
                    List.of("Huangpu District", "Nansha District"),
                    List.of("Kexue Avenue", "Jinling North Road")),
            new City("Nanchang", "南昌", "Jiangxi", "360100", "791",
                    List.of("Qingshanhu District", "Xinjian District"),
                    List.of("Jingdong Avenue", "Yaohu West Road")),
            new City("Changsha", "长沙", "Hunan", "430100", "731",
                    List.of("Yuelu District", "Changsha County"),
                    List.of("Lugu Avenue", "Xingsha Avenue")),
            new City("Chenzhou", "郴州", "Hunan", "431000", "735",
                    List.of("Beihu District", "Suxian District"),
                    List.of("Renmin West Road", "Chenjiang Road")),
            new City("Zibo", "淄博", "Shandong", "370300", "533",
                    List.of("Zhangdian District", "Linzi District"),
                    List.of("Liuquan Road", "Huaguang Road")),
            new City("Hohhot", "呼和浩特", "Inner Mongolia", "150100", "471",
                    List.of("Saihan District", "Jinqiao Development Zone"),
                    List.of("Ordos Street", "Daxue East Road")),
            new City("Taiyuan", "太原", "Shanxi", "140100", "351",
                    List.of("Xiaodian District", "Jinyuan District"),
                    List.of("Changzhi Road", "Jinci Road")),
            new City("Wuxi", "无锡", "Jiangsu", "320200", "510",
                    List.of("Huishan District", "Xinwu District"),
                    List.of("Xixiang Road", "Changjiang North Road")),
            new City("Hangzhou", "杭州", "Zhejiang", "330100", "571",
                    List.of("Binjiang District", "Xiaoshan District"),
                    List.of("Jiangnan Avenue", "Shixin Road")),
            new City("Suzhou", "苏州", "Jiangsu", "320500", "512",
                    List.of("Suzhou Industrial Park", "Wuzhong District"),
                    List.of("Xinghu Street", "Suhong East Road")),
            new City("Meizhou", "梅州", "Guangdong", "441400", "753",
                    List.of("Meijiang District", "Pingyuan County"),
                    List.of("Jiangnan Road", "Meizhou Avenue")));

    /** Pinyin surnames, most common first. */
    static final List<String> SURNAMES = List.of("Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao",
            "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Lin", "Luo", "Gao", "Zheng", "Xie");

    static final List<String> GIVEN_NAMES = List.of("Wei", "Fang", "Na", "Min", "Jing", "Lei", "Jun", "Yang",
            "Yong", "Yan", "Jie", "Tao", "Ming", "Chao", "Xiuying", "Xiaoming", "Jianguo", "Haiyan", "Lijuan",
            "Hao", "Yuxuan", "Zihan", "Guoqiang", "Hui", "Xin", "Peng", "Dan", "Bo");

    /** Trade names for generated companies: pinyin and characters. */
    static final List<String[]> TRADE_NAMES = List.of(
            new String[] {"Huaxing", "华兴"}, new String[] {"Hengyuan", "恒源"}, new String[] {"Xinda", "鑫达"},
            new String[] {"Ruisheng", "瑞晟"}, new String[] {"Hongda", "宏达"}, new String[] {"Jiahua", "嘉华"},
            new String[] {"Yongsheng", "永盛"}, new String[] {"Boyuan", "博源"}, new String[] {"Kaiyue", "凯越"},
            new String[] {"Rongxin", "荣鑫"}, new String[] {"Shengtai", "盛泰"}, new String[] {"Tongchuang", "同创"},
            new String[] {"Huirun", "汇润"}, new String[] {"Jinhai", "金海"}, new String[] {"Lianchuang", "联创"},
            new String[] {"Dingsheng", "鼎盛"}, new String[] {"Fengyuan", "丰源"}, new String[] {"Zhongxin", "中鑫"},
            new String[] {"Minfeng", "闽丰"}, new String[] {"Anke", "安科"});

    /** Kinds of business with the legal form, English and Chinese. */
    static final List<String[]> BUSINESS_KINDS = List.of(
            new String[] {"Rare Earth Materials Co., Ltd.", "稀土材料有限公司"},
            new String[] {"Magnetic Materials Co., Ltd.", "磁性材料有限公司"},
            new String[] {"New Materials Co., Ltd.", "新材料有限公司"},
            new String[] {"Rare Earth Trading Co., Ltd.", "稀土贸易有限公司"},
            new String[] {"Import & Export Co., Ltd.", "进出口有限公司"},
            new String[] {"Metal Materials Co., Ltd.", "金属材料有限公司"},
            new String[] {"Advanced Materials Technology Co., Ltd.", "先进材料科技有限公司"},
            new String[] {"Permanent Magnet Technology Co., Ltd.", "永磁科技有限公司"},
            new String[] {"Rare Earth Smelting Co., Ltd.", "稀土冶炼有限公司"},
            new String[] {"High-Purity Materials Co., Ltd.", "高纯材料有限公司"});

    /** Invented producers, traders and magnet makers: English name, Chinese name, city. */
    static final List<String[]> NAMED_APPLICANTS = List.of(
            new String[] {"Ganzhou Rare Earth Mineral Industry Co., Ltd.", "赣州稀土矿业有限公司", "Ganzhou"},
            new String[] {"Gannan Rare Earth Separation Co., Ltd.", "赣南稀土分离有限公司", "Ganzhou"},
            new String[] {"Baotou Steppe Rare Earth Metals Co., Ltd.", "包头草原稀土金属有限公司", "Baotou"},
            new String[] {"Inner Mongolia Yellow River Magnetics Co., Ltd.", "内蒙古黄河磁材有限公司", "Baotou"},
            new String[] {"Ningbo Eastsea Magnet Technology Co., Ltd.", "宁波东海磁体科技有限公司", "Ningbo"},
            new String[] {"Ningbo Beilun Permanent Magnet Co., Ltd.", "宁波北仑永磁有限公司", "Ningbo"},
            new String[] {"Xiamen Egret Rare Earth Materials Co., Ltd.", "厦门白鹭稀土材料有限公司", "Xiamen"},
            new String[] {"Fujian Longyan Rare Earth Development Co., Ltd.", "福建龙岩稀土开发有限公司", "Longyan"},
            new String[] {"Sichuan Liangshan Rare Earth Smelting Co., Ltd.", "四川凉山稀土冶炼有限公司", "Liangshan"},
            new String[] {"Leshan Minjiang Rare Earth Materials Co., Ltd.", "乐山岷江稀土材料有限公司", "Leshan"},
            new String[] {"Shanghai Pudong Rare Earth Trading Co., Ltd.", "上海浦东稀土贸易有限公司", "Shanghai"},
            new String[] {"Shanghai Huangpu Metals Import & Export Co., Ltd.", "上海黄浦金属进出口有限公司",
                    "Shanghai"},
            new String[] {"Beijing Zhongguancun Advanced Materials Co., Ltd.", "北京中关村先进材料有限公司",
                    "Beijing"},
            new String[] {"Beijing Yanshan Sputtering Targets Co., Ltd.", "北京燕山溅射靶材有限公司", "Beijing"},
            new String[] {"Tianjin Binhai Rare Earth Co., Ltd.", "天津滨海稀土有限公司", "Tianjin"},
            new String[] {"Shenzhen Pengcheng Magnetics Co., Ltd.", "深圳鹏城磁业有限公司", "Shenzhen"},
            new String[] {"Shenzhen Nanshan Thin Film Materials Co., Ltd.", "深圳南山薄膜材料有限公司", "Shenzhen"},
            new String[] {"Guangzhou Pearl River Rare Earth Trading Co., Ltd.", "广州珠江稀土贸易有限公司",
                    "Guangzhou"},
            new String[] {"Nanchang Ganjiang New Materials Co., Ltd.", "南昌赣江新材料有限公司", "Nanchang"},
            new String[] {"Changsha Xiangjiang Rare Metals Co., Ltd.", "长沙湘江稀有金属有限公司", "Changsha"},
            new String[] {"Hunan Chenzhou Scandium Industry Co., Ltd.", "湖南郴州钪业有限公司", "Chenzhou"},
            new String[] {"Zibo Qilu Rare Earth Chemicals Co., Ltd.", "淄博齐鲁稀土化工有限公司", "Zibo"},
            new String[] {"Hohhot Qingcheng Rare Earth Alloys Co., Ltd.", "呼和浩特青城稀土合金有限公司", "Hohhot"},
            new String[] {"Taiyuan Jinyang Magnet Co., Ltd.", "太原晋阳磁体有限公司", "Taiyuan"},
            new String[] {"Wuxi Taihu Rare Earth Materials Co., Ltd.", "无锡太湖稀土材料有限公司", "Wuxi"},
            new String[] {"Hangzhou Westlake Magnetic Materials Co., Ltd.", "杭州西湖磁性材料有限公司", "Hangzhou"},
            new String[] {"Suzhou Gusu Optical Crystals Co., Ltd.", "苏州姑苏光学晶体有限公司", "Suzhou"},
            new String[] {"Meizhou Pingyuan Rare Earth Co., Ltd.", "梅州平远稀土有限公司", "Meizhou"},
            new String[] {"Ganzhou Longnan Heavy Rare Earth Co., Ltd.", "赣州龙南重稀土有限公司", "Ganzhou"},
            new String[] {"Baotou Bayan Magnetic Materials Co., Ltd.", "包头巴彦磁性材料有限公司", "Baotou"},
            new String[] {"Ningbo Zhenhai Rare Earth Trading Co., Ltd.", "宁波镇海稀土贸易有限公司", "Ningbo"},
            new String[] {"Xiamen Haicang Yttrium Products Co., Ltd.", "厦门海沧钇制品有限公司", "Xiamen"},
            new String[] {"Jiangxi Ganzhou Terbium and Dysprosium Metals Co., Ltd.", "江西赣州铽镝金属有限公司",
                    "Ganzhou"},
            new String[] {"Shanghai Lingang Sputtering Materials Co., Ltd.", "上海临港溅射材料有限公司", "Shanghai"},
            new String[] {"Tianjin Haihe Fine Chemicals Co., Ltd.", "天津海河精细化工有限公司", "Tianjin"},
            new String[] {"Wuxi Huishan Scandium Aluminium Alloy Co., Ltd.", "无锡惠山钪铝合金有限公司", "Wuxi"},
            new String[] {"Leshan Emei Rare Earth Oxides Co., Ltd.", "乐山峨眉稀土氧化物有限公司", "Leshan"},
            new String[] {"Shenzhen Qianhai Rare Earth Supply Chain Co., Ltd.", "深圳前海稀土供应链有限公司",
                    "Shenzhen"},
            new String[] {"Changsha Lugu Magnet Technology Co., Ltd.", "长沙麓谷磁体科技有限公司", "Changsha"},
            new String[] {"Hangzhou Qiantang Rare Earth Functional Materials Co., Ltd.", "杭州钱塘稀土功能材料有限公司",
                    "Hangzhou"});

    private DemoNames() {
    }

    static City city(String name) {
        return CITIES.stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No demo city " + name));
    }
}
