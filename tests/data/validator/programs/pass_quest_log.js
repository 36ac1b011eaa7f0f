// Quest log: 14 quests in a scrolling list that shows 6 rows at a time inside a clipped window; Up/Down move the highlight one quest at a time (stopping at the first and last) and the list scrolls so the highlighted quest is always fully visible in the window; the right-hand panel shows the highlighted quest's description and reward, and a scrollbar thumb shows where the window is in the list.
const QUESTS = [
  ['Rats in the Cellar', 'Clear the tavern cellar of rats.', 20], ['Lost Ring', 'Find the miller\'s ring by the river.', 35],
  ['Herbalist', 'Bring 5 moonleaf to the healer.', 30], ['Bandit Camp', 'Drive the bandits out of the pass.', 120],
  ['Old Bridge', 'Repair the old bridge with planks.', 45], ['Night Watch', 'Stand guard at the gate until dawn.', 25],
  ['Wolf Pack', 'Hunt the wolves troubling the farms.', 80], ['Sealed Letter', 'Deliver a letter to the duke.', 50],
  ['Crypt Keys', 'Recover the three crypt keys.', 150], ['Fisherman', 'Catch a golden carp.', 40],
  ['Stolen Cart', 'Return the merchant\'s cart.', 60], ['Beacon', 'Light the hill beacon at dusk.', 35],
  ['Witch Hut', 'Ask the witch about the curse.', 90], ['Dragon Rumour', 'Investigate smoke on the peak.', 300]
];
const VISIBLE = 6;
const ROW_H = 56;
const LIST_X = 40;
const LIST_Y = 110;
const LIST_W = 360;

class QuestLog extends Phaser.Scene {
  constructor() {
    super('QuestLog');
  }

  create() {
    this.sel = 0;
    this.top = 0;

    this.add.text(40, 40, 'QUEST LOG', { fontSize: '34px', color: '#e9d8a6', fontStyle: 'bold' });
    this.add.rectangle(LIST_X, LIST_Y, LIST_W, VISIBLE * ROW_H, 0x10202b).setOrigin(0).setStrokeStyle(2, 0x94d2bd);

    this.list = this.add.container(LIST_X, LIST_Y);
    this.highlight = this.add.rectangle(0, 0, LIST_W, ROW_H - 4, 0x0a9396).setOrigin(0);
    this.list.add(this.highlight);
    QUESTS.forEach(([name], i) => {
      this.list.add(this.add.text(16, i * ROW_H + ROW_H / 2, (i + 1) + '. ' + name, { fontSize: '20px', color: '#e9d8a6' }).setOrigin(0, 0.5));
    });

    const shape = this.make.graphics({}, false);
    shape.fillStyle(0xffffff).fillRect(LIST_X, LIST_Y, LIST_W, VISIBLE * ROW_H);
    this.list.setMask(shape.createGeometryMask());

    this.add.rectangle(LIST_X + LIST_W + 14, LIST_Y, 10, VISIBLE * ROW_H, 0x1b3a4b).setOrigin(0);
    const thumbH = (VISIBLE / QUESTS.length) * VISIBLE * ROW_H;
    this.thumb = this.add.rectangle(LIST_X + LIST_W + 14, LIST_Y, 10, thumbH, 0x94d2bd).setOrigin(0);

    this.add.rectangle(450, LIST_Y, 310, VISIBLE * ROW_H, 0x1b263b).setOrigin(0).setStrokeStyle(2, 0x415a77);
    this.detailTitle = this.add.text(470, LIST_Y + 20, '', { fontSize: '24px', color: '#ee9b00', wordWrap: { width: 270 } });
    this.detailBody = this.add.text(470, LIST_Y + 90, '', { fontSize: '19px', color: '#e0e1dd', wordWrap: { width: 270 } });
    this.detailReward = this.add.text(470, LIST_Y + VISIBLE * ROW_H - 50, '', { fontSize: '20px', color: '#ffd166' });
    this.add.text(400, 500, 'Up / Down to browse quests', { fontSize: '18px', color: '#6c8ea0' }).setOrigin(0.5);

    this.input.keyboard.on('keydown-UP', () => this.step(-1));
    this.input.keyboard.on('keydown-DOWN', () => this.step(1));
    this.refresh(false);
  }

  step(dir) {
    const next = Phaser.Math.Clamp(this.sel + dir, 0, QUESTS.length - 1);
    if (next === this.sel) {
      return;
    }
    this.sel = next;
    if (this.sel < this.top) {
      this.top = this.sel;
    } else if (this.sel >= this.top + VISIBLE) {
      this.top = this.sel - VISIBLE + 1;
    }
    this.refresh(true);
  }

  refresh(animate) {
    this.highlight.y = this.sel * ROW_H + 2;
    const listY = LIST_Y - this.top * ROW_H;
    const track = VISIBLE * ROW_H - this.thumb.height;
    const thumbY = LIST_Y + track * (this.top / (QUESTS.length - VISIBLE));
    this.tweens.killTweensOf([this.list, this.thumb]);
    if (animate) {
      this.tweens.add({ targets: this.list, y: listY, duration: 120 });
      this.tweens.add({ targets: this.thumb, y: thumbY, duration: 120 });
    } else {
      this.list.y = listY;
      this.thumb.y = thumbY;
    }
    const [name, text, reward] = QUESTS[this.sel];
    this.detailTitle.setText(name);
    this.detailBody.setText(text);
    this.detailReward.setText('Reward: ' + reward + ' gold');
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#001219',
  scene: [QuestLog]
};

new Phaser.Game(config);
