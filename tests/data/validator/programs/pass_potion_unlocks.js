// Potion brewer: clicking the cauldron brews the selected potion for its gold value (Green 1, Blue 3, Red 8, Gold 20). Keys 1-4 select potion 1-4 (key 1 = Green ... key 4 = Gold), but Blue, Red and Gold unlock only once the total gold ever earned reaches 30, 150 and 600, and they stay unlocked after gold is spent. S buys a Stirrer for 40 gold; each Stirrer brews the selected potion once per second.
const POTIONS = [
  { name: 'Green', value: 1, unlockAt: 0, color: 0x66bb6a },
  { name: 'Blue', value: 3, unlockAt: 30, color: 0x42a5f5 },
  { name: 'Red', value: 8, unlockAt: 150, color: 0xef5350 },
  { name: 'Gold', value: 20, unlockAt: 600, color: 0xffca28 }
];

class Brewery extends Phaser.Scene {
  constructor() {
    super('brewery');
  }

  create() {
    this.cameras.main.setBackgroundColor('#1a1226');
    this.gold = 0;
    this.lifetime = 0;
    this.selected = 0;
    this.stirrers = 0;

    this.add.rectangle(260, 380, 260, 40, 0x37474f);
    this.cauldron = this.add.circle(260, 300, 110, 0x263238).setStrokeStyle(8, 0x90a4ae).setInteractive({ useHandCursor: true });
    this.liquid = this.add.ellipse(260, 230, 190, 50, POTIONS[0].color);
    this.cauldron.on('pointerdown', () => this.brew());

    this.goldText = this.add.text(30, 20, '', { fontSize: '28px', color: '#ffe082' });
    this.lifeText = this.add.text(30, 58, '', { fontSize: '18px', color: '#b39ddb' });
    this.stirText = this.add.text(30, 520, '', { fontSize: '20px', color: '#ffffff' });
    this.rows = POTIONS.map((p, i) => this.add.text(470, 160 + i * 60, '', { fontSize: '22px', color: '#ffffff' }));
    this.add.text(470, 110, 'Press 1-4 to choose', { fontSize: '20px', color: '#ce93d8' });

    const names = ['ONE', 'TWO', 'THREE', 'FOUR'];
    names.forEach((n, i) => {
      this.input.keyboard.on('keydown-' + n, () => this.select(i + 1));
    });
    this.input.keyboard.on('keydown-S', () => {
      if (this.gold >= 40) {
        this.gold -= 40;
        this.stirrers++;
      }
    });
    this.time.addEvent({ delay: 1000, loop: true, callback: () => {
      for (let i = 0; i < this.stirrers; i++) this.brew();
    } });
  }

  isUnlocked(i) {
    return this.lifetime >= POTIONS[i].unlockAt;
  }

  select(number) {
    const index = number - 1;
    if (!this.isUnlocked(index)) return;
    this.selected = index;
    this.liquid.setFillStyle(POTIONS[index].color);
  }

  brew() {
    const v = POTIONS[this.selected].value;
    this.gold += v;
    this.lifetime += v;
  }

  update() {
    this.goldText.setText('Gold: ' + this.gold);
    this.lifeText.setText('Earned in total: ' + this.lifetime);
    this.stirText.setText('Stirrers: ' + this.stirrers + '   S: buy Stirrer (40 gold)');
    POTIONS.forEach((p, i) => {
      const open = this.isUnlocked(i);
      const mark = i === this.selected ? '> ' : '  ';
      const info = open ? p.name + ' (' + p.value + ' gold)' : 'locked until ' + p.unlockAt + ' earned';
      this.rows[i].setText(mark + (i + 1) + '. ' + info).setColor(open ? '#ffffff' : '#777777');
    });
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  scene: Brewery
};

new Phaser.Game(config);
