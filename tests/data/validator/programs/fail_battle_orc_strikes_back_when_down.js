// Turn-based battle: A attacks, D defends (halves the next enemy hit), H heals for 5 MP; the enemy strikes back after each action, and the battle is won as soon as the enemy's HP reaches 0.
class BattleScene extends Phaser.Scene {
  constructor() { super('Battle'); }

  create() {
    this.player = { hp: 30, maxHp: 30, mp: 10, maxMp: 10, atk: 8 };
    this.enemy = { hp: 24, maxHp: 24, atk: 10 };
    this.defending = false;
    this.busy = false;
    this.result = null;

    this.add.text(40, 40, 'Hero', { fontSize: '22px', color: '#ffffff' });
    this.add.text(460, 40, 'Orc', { fontSize: '22px', color: '#ffffff' });
    this.bars = this.add.graphics();
    this.info = this.add.text(40, 150, '', { fontSize: '18px', color: '#dddddd' });
    this.logText = this.add.text(40, 300, 'A: Attack   D: Defend   H: Heal (5 MP)', { fontSize: '18px', color: '#ffff88' });

    this.input.keyboard.on('keydown-A', () => this.playerAct('attack'));
    this.input.keyboard.on('keydown-D', () => this.playerAct('defend'));
    this.input.keyboard.on('keydown-H', () => this.playerAct('heal'));
    this.refresh();
  }

  playerAct(kind) {
    if (this.busy || this.result) return;
    const p = this.player;
    if (kind === 'attack') {
      this.enemy.hp = Math.max(0, this.enemy.hp - p.atk);
      this.log(`You hit the orc for ${p.atk}.`);
    } else if (kind === 'defend') {
      this.defending = true;
      this.log('You raise your shield.');
    } else if (kind === 'heal') {
      if (p.mp < 5) { this.log('Not enough MP!'); return; }
      p.mp -= 5;
      p.hp = Math.min(p.maxHp, p.hp + 12);
      this.log('You heal 12 HP.');
    }
    this.busy = true;
    this.refresh();
    this.time.delayedCall(500, () => {
      this.enemyTurn();
      if (!this.checkBattleEnd()) this.busy = false;
    });
  }

  enemyTurn() {
    const dmg = this.defending ? Math.floor(this.enemy.atk / 2) : this.enemy.atk;
    this.defending = false;
    this.player.hp = Math.max(0, this.player.hp - dmg);
    this.log(`The orc hits you for ${dmg}.`);
    this.refresh();
  }

  checkBattleEnd() {
    if (this.player.hp <= 0) this.result = 'defeat';
    else if (this.enemy.hp <= 0) this.result = 'victory';
    if (this.result) this.log(this.result === 'victory' ? 'Victory!' : 'You were defeated...');
    return this.result !== null;
  }

  log(msg) { this.logText.setText(msg); }

  refresh() {
    const g = this.bars, p = this.player, e = this.enemy;
    g.clear();
    g.fillStyle(0x333333).fillRect(40, 75, 200, 16).fillRect(40, 100, 200, 12).fillRect(460, 75, 200, 16);
    g.fillStyle(0xcc3333).fillRect(40, 75, 200 * p.hp / p.maxHp, 16);
    g.fillStyle(0x3366ff).fillRect(40, 100, 200 * p.mp / p.maxMp, 12);
    g.fillStyle(0xcc3333).fillRect(460, 75, 200 * e.hp / e.maxHp, 16);
    this.info.setText(`HP ${p.hp}/${p.maxHp}  MP ${p.mp}/${p.maxMp}      Orc HP ${e.hp}/${e.maxHp}`);
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 700,
  height: 400,
  backgroundColor: '#1d1d2b',
  scene: BattleScene
});
