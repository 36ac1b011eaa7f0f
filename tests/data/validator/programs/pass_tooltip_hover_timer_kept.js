// Task: a skill bar of icons where resting the pointer on an icon for half a second shows a tooltip with its name and description, hidden again when the pointer leaves.
const SKILLS = [
  { key: 'fire', color: 0xe2553a, name: 'Fireball', desc: 'Hurls a ball of fire.\nDamage: 40  Cost: 12 MP' },
  { key: 'ice', color: 0x5ab8f0, name: 'Frost Nova', desc: 'Freezes nearby enemies.\nDuration: 3 s  Cost: 18 MP' },
  { key: 'heal', color: 0x5ee07a, name: 'Mend', desc: 'Restores health over time.\nHeals: 60  Cost: 20 MP' },
  { key: 'bolt', color: 0xf0d850, name: 'Thunder', desc: 'Strikes a single target.\nDamage: 75  Cost: 30 MP' }
];
const HOVER_DELAY = 500;

class SkillBarScene extends Phaser.Scene {
  constructor() {
    super('SkillBar');
  }

  preload() {
    const g = this.make.graphics({}, false);
    SKILLS.forEach((skill) => {
      g.clear();
      g.fillStyle(0x1d1f2b).fillRoundedRect(0, 0, 64, 64, 10);
      g.fillStyle(skill.color).fillCircle(32, 32, 22);
      g.lineStyle(3, 0xffffff, 0.8).strokeRoundedRect(2, 2, 60, 60, 10);
      g.generateTexture('skill-' + skill.key, 64, 64);
    });
    g.destroy();
  }

  create() {
    this.add.text(400, 60, 'Hover a skill', { fontSize: '24px', color: '#bbbbcc' }).setOrigin(0.5);
    this.hoverTimer = null;
    this.hovered = null;

    SKILLS.forEach((skill, i) => {
      const icon = this.add.image(250 + i * 100, 480, 'skill-' + skill.key).setInteractive();
      icon.setData('skill', skill);
      icon.on('pointerover', () => {
        this.hovered = icon;
        icon.setScale(1.1);
        this.hoverTimer = this.time.delayedCall(HOVER_DELAY, () => this.showTooltip(icon));
      });
      icon.on('pointerout', () => {
        this.hovered = null;
        icon.setScale(1);
        if (this.hoverTimer) this.hoverTimer.remove();
        this.hideTooltip();
      });
    });

    this.tipBg = this.add.rectangle(0, 0, 10, 10, 0x000000, 0.85).setOrigin(0, 1).setStrokeStyle(1, 0xffffff, 0.6);
    this.tipTitle = this.add.text(10, 0, '', { fontSize: '18px', color: '#ffd866', fontStyle: 'bold' });
    this.tipBody = this.add.text(10, 0, '', { fontSize: '14px', color: '#ffffff' });
    this.tooltip = this.add.container(0, 0, [this.tipBg, this.tipTitle, this.tipBody]).setDepth(100).setVisible(false);
  }

  showTooltip(icon) {
    const skill = icon.getData('skill');
    this.tipTitle.setText(skill.name);
    this.tipBody.setText(skill.desc);
    const w = Math.max(this.tipTitle.width, this.tipBody.width) + 20;
    const h = this.tipTitle.height + this.tipBody.height + 18;
    this.tipBg.setSize(w, h);
    this.tipTitle.setY(-h + 6);
    this.tipBody.setY(-h + 10 + this.tipTitle.height);
    const x = Phaser.Math.Clamp(icon.x - w / 2, 8, this.scale.width - w - 8);
    this.tooltip.setPosition(x, icon.y - 40).setVisible(true);
  }

  hideTooltip() {
    this.tooltip.setVisible(false);
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 560,
  backgroundColor: '#2a2d3e',
  scene: SkillBarScene
});
